/*
 * muat_dll.c - loads kinerja.uno.dll with the Windows loader (under Wine)
 * and calls the one entry point that needs nothing from LibreOffice.
 *
 * No LibreOffice for Windows is available here, so sal3.dll and cppu3.dll
 * cannot be loaded.  LOAD_LIBRARY_AS_IMAGE_RESOURCE would not run code;
 * DONT_RESOLVE_DLL_REFERENCES maps and relocates the DLL without loading
 * its imports or running its initialisation, which is enough for a function
 * that only stores a pointer to a string constant.  This checks what the
 * objdump test cannot: that the DLL is a module the Windows loader accepts,
 * that its export resolves by name with GetProcAddress, and that the
 * function follows the Windows x64 calling convention LibreOffice's loader
 * uses (it answers "uno", binary UNO's environment name).
 *
 * Usage: muat_dll.exe PATH\kinerja.uno.dll
 */
#include <stdio.h>
#include <string.h>
#include <windows.h>

typedef void(__cdecl *lingkungan_fn)(const char **ppEnvTypeName, void **ppEnv);

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: muat_dll.exe kinerja.uno.dll\n");
        return 2;
    }
    HMODULE dll = LoadLibraryExA(argv[1], NULL, DONT_RESOLVE_DLL_REFERENCES);
    if (dll == NULL) {
        fprintf(stderr, "LoadLibraryEx(%s) failed: error %lu\n", argv[1],
                (unsigned long)GetLastError());
        return 1;
    }
    int gagal = 0;
    FARPROC pabrik = GetProcAddress(dll, "component_getFactory");
    if (pabrik == NULL) {
        fprintf(stderr, "component_getFactory is not exported\n");
        gagal = 1;
    }
    lingkungan_fn lingkungan;
    FARPROC alamat =
        GetProcAddress(dll, "component_getImplementationEnvironment");
    memcpy(&lingkungan, &alamat, sizeof(lingkungan));
    if (lingkungan == NULL) {
        fprintf(stderr,
                "component_getImplementationEnvironment is not exported\n");
        gagal = 1;
    } else {
        const char *nama = NULL;
        void *env = NULL;
        lingkungan(&nama, &env);
        if (nama == NULL || strcmp(nama, "uno") != 0 || env != NULL) {
            fprintf(stderr,
                    "component_getImplementationEnvironment answered %s%s%s\n",
                    nama ? "\"" : "", nama ? nama : "NULL", nama ? "\"" : "");
            gagal = 1;
        } else {
            printf(
                "muat_dll: loaded %s; component_getImplementationEnvironment "
                "answers \"%s\"\n",
                argv[1], nama);
        }
    }
    FreeLibrary(dll);
    return gagal;
}
