/*
 * komponen.c - the shared library's entry points and its one factory.
 *
 * LibreOffice's shared-library loader asks
 * component_getImplementationEnvironment which UNO environment the library
 * lives in.  Answering "uno" (binary UNO) rather than a C++ ABI such as "gcc3"
 * lets a C library implement UNO objects as plain uno_Interface structs; the
 * office maps them to its C++ objects itself.  component_getFactory then hands
 * out the factory, from which the service manager creates one add-in object per
 * request.
 *
 * Only these two functions are exported (see komponen.map).
 */
#include <string.h>

#include "komponen.h"

/* Answered by the factory's queryInterface. */
static const char *const pabrik_antarmuka[] = {
    "com.sun.star.uno.XInterface",
    "com.sun.star.lang.XSingleComponentFactory",
    "com.sun.star.lang.XServiceInfo",
    NULL,
};

/* The factory has no state, so there is one static instance for the
 * library's lifetime: it cannot fail to be created and cannot leak, and
 * counting references on it would only guard memory that is never freed.
 * (LibreOffice never unloads a component library it has loaded.) */
static void SAL_CALL pabrik_acquire(uno_Interface *antarmuka)
{
    (void)antarmuka;
}

static void SAL_CALL pabrik_release(uno_Interface *antarmuka)
{
    (void)antarmuka;
}

static void SAL_CALL pabrik_dispatch(uno_Interface *antarmuka,
                                     const typelib_TypeDescription *anggota,
                                     void *hasil, void *argumen[],
                                     uno_Any **ppException);

static uno_Interface pabrik = {pabrik_acquire, pabrik_release, pabrik_dispatch};

static void SAL_CALL pabrik_dispatch(uno_Interface *antarmuka,
                                     const typelib_TypeDescription *anggota,
                                     void *hasil, void *argumen[],
                                     uno_Any **ppException)
{
    panggilan_masuk p;
    if (!panggilan_buka(&p, anggota, hasil, ppException) ||
        jawab_bersama(&p, antarmuka, pabrik_antarmuka, hasil, argumen))
        return;
    const char *nama = p.nama;
    if (strcmp(nama, "acquire") == 0 || strcmp(nama, "release") == 0) {
        /* static: nothing to count */
    } else if (strcmp(nama, "createInstanceWithContext") == 0 ||
               strcmp(nama, "createInstanceWithArgumentsAndContext") == 0) {
        /* The object needs neither the component context nor arguments.
         * Without memory the answer is a null reference, which the
         * service manager and Calc treat as "no instance". */
        *(uno_Interface **)hasil = objek_baru();
    } else {
        panggilan_gagal(&p.slot, p.metode, hasil, "kinerja: unknown method");
    }
}

SAL_DLLPUBLIC_EXPORT void
component_getImplementationEnvironment(const char **ppEnvTypeName,
                                       uno_Environment **ppEnv)
{
    (void)ppEnv; /* left NULL: the loader finds the environment by name */
    *ppEnvTypeName = UNO_LB_UNO;
}

SAL_DLLPUBLIC_EXPORT void *component_getFactory(const char *pImplName,
                                                void *pServiceManager,
                                                void *pRegistryKey)
{
    (void)pServiceManager;
    (void)pRegistryKey;
    if (pImplName == NULL ||
        strcmp(pImplName, KINERJA_IMPLEMENTATION_NAME) != 0)
        return NULL;
    /* The caller releases the reference it receives. */
    pabrik.acquire(&pabrik);
    return &pabrik;
}
