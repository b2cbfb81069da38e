/*
 * platform_berkas_win32.c - platform_berkas.h on Windows: the wide-character
 * (UTF-16) file API, paths converted from UTF-8.
 */
#include "platform_berkas.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <windows.h>

/* The UTF-16 form of a UTF-8 path (malloc'd), or NULL (errno set). */
static wchar_t *lebar(const char *jalur)
{
    int n =
        MultiByteToWideChar(CP_UTF8, MB_ERR_INVALID_CHARS, jalur, -1, NULL, 0);
    if (n <= 0) {
        errno = EINVAL;
        return NULL;
    }
    wchar_t *w = malloc((size_t)n * sizeof *w);
    if (!w) {
        errno = ENOMEM;
        return NULL;
    }
    MultiByteToWideChar(CP_UTF8, MB_ERR_INVALID_CHARS, jalur, -1, w, n);
    return w;
}

/* The errno value closest to a Windows error, so that keluaran.c's logic
 * (EEXIST: the target exists) and messages (strerror) hold on both. */
static int sebab_dari(DWORD e)
{
    switch (e) {
    case ERROR_FILE_EXISTS:
    case ERROR_ALREADY_EXISTS:
        return EEXIST;
    case ERROR_FILE_NOT_FOUND:
    case ERROR_PATH_NOT_FOUND:
    case ERROR_INVALID_DRIVE:
        return ENOENT;
    case ERROR_ACCESS_DENIED:
    case ERROR_SHARING_VIOLATION:
    case ERROR_LOCK_VIOLATION:
        return EACCES; /* also: the file is open in Excel or Calc */
    case ERROR_DISK_FULL:
    case ERROR_HANDLE_DISK_FULL:
        return ENOSPC;
    case ERROR_WRITE_PROTECT:
        return EROFS;
    case ERROR_NOT_SAME_DEVICE:
        return EXDEV;
    case ERROR_DIR_NOT_EMPTY:
        return ENOTEMPTY;
    case ERROR_NOT_ENOUGH_MEMORY:
    case ERROR_OUTOFMEMORY:
        return ENOMEM;
    case ERROR_INVALID_NAME:
    case ERROR_BAD_PATHNAME:
    case ERROR_FILENAME_EXCED_RANGE:
        return EINVAL;
    case ERROR_INVALID_FUNCTION:
    case ERROR_NOT_SUPPORTED:
        return EPERM; /* no hard links on this file system (FAT) */
    default:
        return EIO;
    }
}

static int terakhir(void)
{
    return sebab_dari(GetLastError());
}

/* A file operation on UTF-16 paths (b unused by one-path operations): 0
 * or the errno value of the failure. */
typedef int (*operasi_lebar)(const wchar_t *a, const wchar_t *b);

/* Runs op on the UTF-16 forms of a and b (b NULL: one path only); errno
 * (EINVAL, ENOMEM) when a path does not convert. */
static int lebar_jalankan(const char *a, const char *b, operasi_lebar op)
{
    wchar_t *wa = lebar(a);
    wchar_t *wb = wa && b ? lebar(b) : NULL;
    int sebab = !wa || (b && !wb) ? errno : op(wa, wb);
    free(wa);
    free(wb);
    return sebab;
}

static DWORD atribut(const char *jalur)
{
    wchar_t *w = lebar(jalur);
    if (!w)
        return INVALID_FILE_ATTRIBUTES;
    DWORD a = GetFileAttributesW(w);
    free(w);
    return a;
}

platform_jenis platform_jenis_jalur(const char *jalur)
{
    DWORD a = atribut(jalur);
    if (a == INVALID_FILE_ATTRIBUTES)
        return PLATFORM_TIDAK_ADA;
    /* a symbolic link or junction to a folder is a link, as lstat says */
    if ((a & FILE_ATTRIBUTE_DIRECTORY) && !(a & FILE_ATTRIBUTE_REPARSE_POINT))
        return PLATFORM_FOLDER;
    return PLATFORM_BUKAN_FOLDER;
}

platform_jenis platform_jenis_tujuan(const char *jalur)
{
    DWORD a = atribut(jalur);
    if (a == INVALID_FILE_ATTRIBUTES)
        return PLATFORM_TIDAK_ADA;
    return (a & FILE_ATTRIBUTE_DIRECTORY) ? PLATFORM_FOLDER
                                          : PLATFORM_BUKAN_FOLDER;
}

const char platform_pemisah_baku[] = "\\";

bool platform_pemisah(char c)
{
    return c == '/' || c == '\\';
}

/* Whether jalur is "\\server" or "\\server\share": the start of a network
 * path, which exists but is no folder that can be made or asked about. */
static bool akar_jaringan(const char *jalur)
{
    if (!platform_pemisah(jalur[0]) || !platform_pemisah(jalur[1]))
        return false;
    int pemisah = 0;
    for (const char *p = jalur + 2; *p; p++)
        pemisah += platform_pemisah(*p);
    return pemisah <= 1;
}

static int buat_folder(const wchar_t *w, const wchar_t *tiada)
{
    (void)tiada;
    return CreateDirectoryW(w, NULL) ? 0 : terakhir();
}

int platform_buat_folder(const char *jalur)
{
    if (akar_jaringan(jalur))
        return EEXIST;
    return lebar_jalankan(jalur, NULL, buat_folder);
}

static int hapus_folder(const wchar_t *w, const wchar_t *tiada)
{
    (void)tiada;
    return RemoveDirectoryW(w) ? 0 : terakhir();
}

int platform_hapus_folder(const char *jalur)
{
    return lebar_jalankan(jalur, NULL, hapus_folder);
}

/* Removes the name of a read-only file, which DeleteFileW refuses.  The
 * attribute belongs to the file, and another name may still show it (the
 * original of a backup link): it is cleared through a handle only for as
 * long as it takes to mark this name for deletion, then set back. */
static bool hapus_hanya_baca(const wchar_t *w)
{
    HANDLE h =
        CreateFileW(w, DELETE | FILE_READ_ATTRIBUTES | FILE_WRITE_ATTRIBUTES,
                    FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE,
                    NULL, OPEN_EXISTING, FILE_FLAG_OPEN_REPARSE_POINT, NULL);
    if (h == INVALID_HANDLE_VALUE)
        return false;
    FILE_BASIC_INFO dasar;
    bool ok = false;
    if (GetFileInformationByHandleEx(h, FileBasicInfo, &dasar, sizeof dasar) &&
        (dasar.FileAttributes & FILE_ATTRIBUTE_READONLY)) {
        DWORD lama = dasar.FileAttributes;
        dasar.FileAttributes = lama & ~(DWORD)FILE_ATTRIBUTE_READONLY;
        if (!dasar.FileAttributes)
            dasar.FileAttributes = FILE_ATTRIBUTE_NORMAL;
        if (SetFileInformationByHandle(h, FileBasicInfo, &dasar,
                                       sizeof dasar)) {
            FILE_DISPOSITION_INFO hapus = {TRUE};
            ok = SetFileInformationByHandle(h, FileDispositionInfo, &hapus,
                                            sizeof hapus);
            dasar.FileAttributes = lama;
            (void)SetFileInformationByHandle(h, FileBasicInfo, &dasar,
                                             sizeof dasar);
        }
    }
    CloseHandle(h);
    return ok;
}

static int hapus_berkas(const wchar_t *w, const wchar_t *tiada)
{
    (void)tiada;
    if (DeleteFileW(w))
        return 0;
    DWORD e = GetLastError();
    if (e == ERROR_ACCESS_DENIED && hapus_hanya_baca(w))
        return 0;
    return sebab_dari(e);
}

/* Called from the console's control thread too (platform_proses.h): a
 * thread of its own, so malloc is safe here. */
int platform_hapus_berkas(const char *jalur)
{
    return lebar_jalankan(jalur, NULL, hapus_berkas);
}

int platform_buat_sementara(char *pola)
{
    size_t n = strlen(pola);
    if (n < 6 || strcmp(pola + n - 6, "XXXXXX") != 0)
        return EINVAL;
    static const char huruf[] =
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    /* the process, the time and a counter: unique enough that CREATE_NEW
     * rarely meets a name twice, and it never opens one that exists */
    static unsigned long long urutan;
    unsigned long long benih =
        ((unsigned long long)GetCurrentProcessId() << 32) ^ GetTickCount64() ^
        (++urutan * 0x9E3779B97F4A7C15ull);
    for (int coba = 0; coba < 100; coba++) {
        unsigned long long x = benih + (unsigned long long)coba * 7919u;
        for (size_t i = 0; i < 6; i++) {
            x = x * 6364136223846793005ull + 1442695040888963407ull;
            pola[n - 6 + i] = huruf[(x >> 33) % (sizeof huruf - 1)];
        }
        wchar_t *w = lebar(pola);
        if (!w)
            return errno;
        HANDLE h = CreateFileW(w, GENERIC_WRITE, 0, NULL, CREATE_NEW,
                               FILE_ATTRIBUTE_NORMAL, NULL);
        DWORD e = GetLastError();
        free(w);
        if (h != INVALID_HANDLE_VALUE) {
            CloseHandle(h);
            return 0;
        }
        if (e != ERROR_FILE_EXISTS && e != ERROR_ALREADY_EXISTS)
            return sebab_dari(e);
    }
    return EEXIST;
}

static int tautan(const wchar_t *lama, const wchar_t *baru)
{
    return CreateHardLinkW(baru, lama, NULL) ? 0 : terakhir();
}

int platform_tautan(const char *lama, const char *baru)
{
    return lebar_jalankan(lama, baru, tautan);
}

static int ganti_nama(const wchar_t *lama, const wchar_t *baru)
{
    return MoveFileExW(lama, baru,
                       MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH)
               ? 0
               : terakhir();
}

int platform_ganti_nama(const char *lama, const char *baru)
{
    return lebar_jalankan(lama, baru, ganti_nama);
}

static int sinkron_berkas(const wchar_t *w, const wchar_t *tiada)
{
    (void)tiada;
    HANDLE h =
        CreateFileW(w, GENERIC_WRITE,
                    FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE,
                    NULL, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, NULL);
    if (h == INVALID_HANDLE_VALUE)
        return terakhir();
    int sebab = FlushFileBuffers(h) ? 0 : terakhir();
    CloseHandle(h);
    return sebab;
}

int platform_sinkron_berkas(const char *jalur)
{
    return lebar_jalankan(jalur, NULL, sinkron_berkas);
}

/* MOVEFILE_WRITE_THROUGH has written each new name already. */
void platform_sinkron_folder(const char *jalur)
{
    (void)jalur;
}

bool platform_disk_penuh(int sebab)
{
    return sebab == ENOSPC;
}
