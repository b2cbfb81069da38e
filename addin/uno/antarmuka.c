/*
 * antarmuka.c - what the factory and the add-in object share: reading a
 * call's member name, the type references they answer with, XServiceInfo,
 * queryInterface, and reporting a failed call.
 */
#include <string.h>

#include "komponen.h"

bool anggota_nama(const typelib_TypeDescription *anggota, char *nama,
                  size_t ukuran)
{
    if (anggota == NULL || anggota->pTypeName == NULL || ukuran == 0)
        return false;
    const sal_Unicode *s = anggota->pTypeName->buffer;
    sal_Int32 n = anggota->pTypeName->length;

    /* The own name starts after the first "::" (the interface's name never
     * contains one) and ends at the decoration's ':' if there is one. */
    sal_Int32 awal = 0;
    for (sal_Int32 i = 0; i + 1 < n; i++) {
        if (s[i] == ':' && s[i + 1] == ':') {
            awal = i + 2;
            break;
        }
    }
    sal_Int32 akhir = awal;
    while (akhir < n && s[akhir] != ':')
        akhir++;

    size_t panjang = (size_t)(akhir - awal);
    if (panjang == 0 || panjang >= ukuran)
        return false;
    for (size_t i = 0; i < panjang; i++) {
        sal_Unicode c = s[awal + (sal_Int32)i];
        if (c == 0 || c > 0x7F)
            return false;
        nama[i] = (char)c;
    }
    nama[panjang] = '\0';
    return true;
}

const typelib_InterfaceMethodTypeDescription *
anggota_metode(const typelib_TypeDescription *anggota)
{
    if (anggota == NULL ||
        anggota->eTypeClass != typelib_TypeClass_INTERFACE_METHOD)
        return NULL;
    return (const typelib_InterfaceMethodTypeDescription *)anggota;
}

/* --- type references ----------------------------------------------------
 * The typelib_static_* functions initialise a static reference once, under
 * the type library's own lock, and keep it for the process: safe to call
 * from any thread, and cheap after the first call. */

typelib_TypeDescriptionReference *tipe_dasar(typelib_TypeClass kelas)
{
    return *typelib_static_type_getByTypeClass(kelas);
}

typelib_TypeDescriptionReference *tipe_antarmuka(const char *nama)
{
    /* One slot per interface we ever name: a short fixed list. */
    static const char *const nama_dikenal[] = {
        "com.sun.star.uno.XInterface",
        "com.sun.star.lang.XTypeProvider",
        "com.sun.star.lang.XServiceInfo",
        "com.sun.star.lang.XSingleComponentFactory",
        KINERJA_INTERFACE_NAME,
    };
    static typelib_TypeDescriptionReference
        *slot[sizeof(nama_dikenal) / sizeof(nama_dikenal[0])];

    for (size_t i = 0; i < sizeof(nama_dikenal) / sizeof(nama_dikenal[0]);
         i++) {
        if (strcmp(nama, nama_dikenal[i]) == 0) {
            typelib_static_type_init(&slot[i], typelib_TypeClass_INTERFACE,
                                     nama_dikenal[i]);
            return slot[i];
        }
    }
    return NULL;
}

/* Slot of an element class in the caches below: the three kinds of
 * sequence a call reads or answers with. */
static size_t urutan_slot(typelib_TypeClass kelas)
{
    return kelas == typelib_TypeClass_DOUBLE   ? 1
           : kelas == typelib_TypeClass_STRING ? 2
                                               : 0;
}

typelib_TypeDescriptionReference *tipe_urutan(typelib_TypeClass kelas)
{
    static typelib_TypeDescriptionReference *tipe[3];
    size_t i = urutan_slot(kelas);
    typelib_static_sequence_type_init(&tipe[i], tipe_dasar(kelas));
    return tipe[i];
}

typelib_TypeDescriptionReference *tipe_urutan_urutan(typelib_TypeClass kelas)
{
    static typelib_TypeDescriptionReference *tipe[3];
    size_t i = urutan_slot(kelas);
    typelib_static_sequence_type_init(&tipe[i], tipe_urutan(kelas));
    return tipe[i];
}

static typelib_TypeDescriptionReference *tipe_runtime_exception(void)
{
    static typelib_TypeDescriptionReference *tipe;
    typelib_static_type_init(&tipe, typelib_TypeClass_EXCEPTION,
                             "com.sun.star.uno.RuntimeException");
    return tipe;
}

/* --- queryInterface ----------------------------------------------------- */

void jawab_query_interface(uno_Interface *diri,
                           typelib_TypeDescriptionReference *diminta,
                           const char *const *didukung, uno_Any *hasil)
{
    if (diminta != NULL && diminta->eTypeClass == typelib_TypeClass_INTERFACE) {
        for (; *didukung != NULL; didukung++) {
            if (rtl_ustr_ascii_compare_WithLength(diminta->pTypeName->buffer,
                                                  diminta->pTypeName->length,
                                                  *didukung) == 0) {
                /* One uno_Interface serves every interface of an object:
                 * the dispatcher tells the calls apart by member.  The any
                 * acquires it for the caller. */
                uno_type_any_construct(hasil, &diri, diminta, NULL);
                return;
            }
        }
    }
    uno_any_construct(hasil, NULL, NULL, NULL);
}

/* --- XServiceInfo ------------------------------------------------------- */

/* A new string, or the shared empty one if memory is short: a UNO string
 * is never NULL. */
static rtl_uString *string_ascii(const char *ascii)
{
    rtl_uString *s = NULL;
    rtl_uString_newFromAscii(&s, ascii);
    if (s == NULL)
        rtl_uString_new(&s);
    return s;
}

bool jawab_service_info(const char *nama, void *hasil, void *argumen[],
                        const typelib_InterfaceMethodTypeDescription *metode,
                        slot_pengecualian *slot)
{
    if (strcmp(nama, "getImplementationName") == 0) {
        *(rtl_uString **)hasil = string_ascii(KINERJA_IMPLEMENTATION_NAME);
        return true;
    }
    if (strcmp(nama, "supportsService") == 0 && metode->nParams == 1) {
        const rtl_uString *diminta = *(rtl_uString *const *)argumen[0];
        *(sal_Bool *)hasil =
            rtl_ustr_ascii_compare_WithLength(diminta->buffer, diminta->length,
                                              KINERJA_SERVICE_NAME) == 0;
        return true;
    }
    if (strcmp(nama, "getSupportedServiceNames") == 0) {
        rtl_uString *layanan = string_ascii(KINERJA_SERVICE_NAME);
        bool jadi = uno_type_sequence_construct(
            hasil, tipe_urutan(typelib_TypeClass_STRING), &layanan, 1, NULL);
        rtl_uString_release(layanan);
        if (!jadi)
            panggilan_gagal(slot, metode, hasil, "out of memory");
        return true;
    }
    return false;
}

/* --- failed calls ------------------------------------------------------- */

bool panggilan_buka(panggilan_masuk *p, const typelib_TypeDescription *anggota,
                    void *hasil, uno_Any **ppException)
{
    p->slot = (slot_pengecualian){*ppException, ppException};
    *ppException = NULL;
    p->metode = anggota_metode(anggota);
    if (p->metode == NULL || !anggota_nama(anggota, p->nama, sizeof(p->nama))) {
        panggilan_gagal(&p->slot, p->metode, hasil, "kinerja: unknown member");
        return false;
    }
    return true;
}

/* com.sun.star.uno.Exception's members, which RuntimeException inherits:
 * the memory layout of the exception value in binary UNO. */
typedef struct pengecualian_uno {
    rtl_uString *Message;
    uno_Interface *Context;
} pengecualian_uno;

void panggilan_gagal(slot_pengecualian *slot,
                     const typelib_InterfaceMethodTypeDescription *metode,
                     void *hasil, const char *pesan)
{
    /* Constructing the exception needs its full description, which only
     * the office's type manager has: look before using it. */
    typelib_TypeDescription *td = NULL;
    typelib_typedescriptionreference_getDescription(&td,
                                                    tipe_runtime_exception());
    if (td != NULL && td->nSize == (sal_Int32)sizeof(pengecualian_uno) &&
        slot->ruang != NULL) {
        pengecualian_uno e = {string_ascii(pesan), NULL};
        uno_any_construct(slot->ruang, &e, td, NULL);
        rtl_uString_release(e.Message);
        typelib_typedescription_release(td);
        *slot->ppException = slot->ruang;
        return;
    }
    if (td != NULL)
        typelib_typedescription_release(td);

    /* No exception possible: answer with the default value instead. */
    if (metode != NULL && hasil != NULL &&
        metode->pReturnTypeRef->eTypeClass != typelib_TypeClass_VOID)
        uno_type_constructData(hasil, metode->pReturnTypeRef);
}

bool jawab_bersama(panggilan_masuk *p, uno_Interface *diri,
                   const char *const *didukung, void *hasil, void *argumen[])
{
    if (strcmp(p->nama, "queryInterface") == 0 && p->metode->nParams == 1) {
        jawab_query_interface(diri,
                              *(typelib_TypeDescriptionReference **)argumen[0],
                              didukung, hasil);
        return true;
    }
    return jawab_service_info(p->nama, hasil, argumen, p->metode, &p->slot);
}
