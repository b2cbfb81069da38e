/*
 * objek.c - the add-in object: what Calc creates through the service
 * manager and calls for every formula.
 *
 * The object has no state besides its reference count, so one object may
 * serve any number of threads.  A single uno_Interface answers for every
 * interface it implements (XInterface, XTypeProvider, XServiceInfo and the
 * function interface): in binary UNO the dispatcher receives the called
 * member's description and routes on its name.
 */
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "komponen.h"

typedef struct objek_fungsi {
    uno_Interface antarmuka; /* first, so that the two pointers convert */
    atomic_uint_fast32_t jumlah_acuan;
} objek_fungsi;

/* Interfaces answered by queryInterface; getTypes lists all but the first
 * (XInterface is implied by every other). */
static const char *const objek_antarmuka[] = {
    "com.sun.star.uno.XInterface",
    KINERJA_INTERFACE_NAME,
    "com.sun.star.lang.XTypeProvider",
    "com.sun.star.lang.XServiceInfo",
    NULL,
};
#define OBJEK_JUMLAH_ANTARMUKA                                                 \
    (sizeof(objek_antarmuka) / sizeof(objek_antarmuka[0]) - 1)

static void SAL_CALL objek_acquire(uno_Interface *antarmuka)
{
    objek_fungsi *o = (objek_fungsi *)antarmuka;
    atomic_fetch_add_explicit(&o->jumlah_acuan, 1, memory_order_relaxed);
}

static void SAL_CALL objek_release(uno_Interface *antarmuka)
{
    objek_fungsi *o = (objek_fungsi *)antarmuka;
    /* acq_rel: every thread's last use happens before the free. */
    if (atomic_fetch_sub_explicit(&o->jumlah_acuan, 1, memory_order_acq_rel) ==
        1)
        free(o);
}

/* XTypeProvider::getTypes: sequence<type>. */
static void jawab_get_types(void *hasil,
                            const typelib_InterfaceMethodTypeDescription *m,
                            slot_pengecualian *slot)
{
    typelib_TypeDescriptionReference *tipe[OBJEK_JUMLAH_ANTARMUKA - 1];
    size_t n = 0;
    for (size_t i = 1; i < OBJEK_JUMLAH_ANTARMUKA; i++)
        tipe[n++] = tipe_antarmuka(objek_antarmuka[i]);

    typelib_TypeDescriptionReference *urutan_tipe = NULL;
    typelib_static_sequence_type_init(&urutan_tipe,
                                      tipe_dasar(typelib_TypeClass_TYPE));
    if (!uno_type_sequence_construct(hasil, urutan_tipe, tipe, (sal_Int32)n,
                                     NULL))
        panggilan_gagal(slot, m, hasil, "kinerja: out of memory");
}

/* XTypeProvider::getImplementationId: deprecated; an empty sequence says
 * "no id" and costs nothing. */
static void jawab_implementation_id(void *hasil)
{
    typelib_TypeDescriptionReference *urutan_byte = NULL;
    typelib_static_sequence_type_init(&urutan_byte,
                                      tipe_dasar(typelib_TypeClass_BYTE));
    uno_type_constructData(hasil, urutan_byte);
}

/* The function interface: every method takes and returns `any`.  The IDL
 * and the table are kept equal by a test; if they differ anyway, the call
 * fails as an exception rather than reading arguments that are not there. */
static void jawab_fungsi(const fungsi_info *f,
                         const typelib_InterfaceMethodTypeDescription *m,
                         void *hasil, void *argumen[], slot_pengecualian *slot)
{
    bool cocok = m->pReturnTypeRef->eTypeClass == typelib_TypeClass_ANY &&
                 m->nParams >= 0 && (size_t)m->nParams == f->jumlah_argumen;
    for (sal_Int32 i = 0; cocok && i < m->nParams; i++)
        cocok = m->pParams[i].pTypeRef->eTypeClass == typelib_TypeClass_ANY &&
                m->pParams[i].bIn && !m->pParams[i].bOut;
    if (!cocok) {
        char pesan[160];
        snprintf(pesan, sizeof(pesan),
                 "kinerja: the interface's method %s does not match the "
                 "function table (%zu any arguments)",
                 f->nama, f->jumlah_argumen);
        panggilan_gagal(slot, m, hasil, pesan);
        return;
    }
    panggil_fungsi(f, argumen, hasil);
}

static void SAL_CALL objek_dispatch(uno_Interface *antarmuka,
                                    const typelib_TypeDescription *anggota,
                                    void *hasil, void *argumen[],
                                    uno_Any **ppException)
{
    panggilan_masuk p;
    if (!panggilan_buka(&p, anggota, hasil, ppException) ||
        jawab_bersama(&p, antarmuka, objek_antarmuka, hasil, argumen))
        return;
    const typelib_InterfaceMethodTypeDescription *m = p.metode;
    const char *nama = p.nama;
    if (strcmp(nama, "acquire") == 0) {
        objek_acquire(antarmuka);
    } else if (strcmp(nama, "release") == 0) {
        objek_release(antarmuka);
    } else if (strcmp(nama, "getTypes") == 0) {
        jawab_get_types(hasil, m, &p.slot);
    } else if (strcmp(nama, "getImplementationId") == 0) {
        jawab_implementation_id(hasil);
    } else {
        const fungsi_info *f = fungsi_cari_metode(nama, strlen(nama));
        if (f != NULL)
            jawab_fungsi(f, m, hasil, argumen, &p.slot);
        else
            panggilan_gagal(&p.slot, m, hasil, "kinerja: unknown method");
    }
}

uno_Interface *objek_baru(void)
{
    objek_fungsi *o = malloc(sizeof(*o));
    if (o == NULL)
        return NULL;
    o->antarmuka.acquire = objek_acquire;
    o->antarmuka.release = objek_release;
    o->antarmuka.pDispatcher = objek_dispatch;
    atomic_init(&o->jumlah_acuan, 1);
    return &o->antarmuka;
}
