/*
 * A stand-in for LibreOffice's binary-UNO bridge: method descriptions and
 * argument values built the way the bridge builds them.
 */
#include "jembatan.h"

#include <stdlib.h>
#include <string.h>

typelib_TypeDescriptionReference *jembatan_tipe(typelib_TypeClass kelas)
{
    return *typelib_static_type_getByTypeClass(kelas);
}

void jembatan_metode_isi(metode_uji *m, const char *nama_penuh,
                         typelib_TypeClass kembali, sal_Int32 jumlah_param,
                         typelib_TypeClass jenis_param)
{
    memset(m, 0, sizeof(*m));
    typelib_TypeDescription *td = &m->td.aBase.aBase;
    td->eTypeClass = typelib_TypeClass_INTERFACE_METHOD;
    rtl_uString_newFromAscii(&td->pTypeName, nama_penuh);
    m->td.pReturnTypeRef = jembatan_tipe(kembali);
    m->td.nParams = jumlah_param;
    m->td.pParams = m->param;
    for (sal_Int32 i = 0; i < jumlah_param; i++) {
        m->param[i].pTypeRef = jembatan_tipe(jenis_param);
        m->param[i].bIn = 1;
    }
}

void jembatan_metode_bebas(metode_uji *m)
{
    rtl_uString_release(m->td.aBase.aBase.pTypeName);
}

uno_Any *jembatan_panggil(uno_Interface *i, metode_uji *m, void *hasil,
                          void *argumen[], uno_Any *ruang)
{
    /* The bridge hands over a slot; the callee sets the pointer to NULL
     * when no exception is raised. */
    uno_Any *pengecualian = ruang;
    i->pDispatcher(i, &m->td.aBase.aBase, hasil, argumen, &pengecualian);
    return pengecualian;
}

void jembatan_any_angka(uno_Any *a, double d)
{
    uno_type_any_construct(a, &d, jembatan_tipe(typelib_TypeClass_DOUBLE),
                           NULL);
}

void jembatan_any_teks(uno_Any *a, const char *s)
{
    rtl_uString *u = NULL;
    rtl_uString_newFromAscii(&u, s);
    uno_type_any_construct(a, &u, jembatan_tipe(typelib_TypeClass_STRING),
                           NULL);
    rtl_uString_release(u);
}

void jembatan_any_kosong(uno_Any *a)
{
    uno_any_construct(a, NULL, NULL, NULL);
}

bool jembatan_any_dari_elemen(uno_Any *a, uno_Any *elemen, sal_Int32 baris,
                              sal_Int32 kolom, sal_Int32 kolom_akhir)
{
    sal_Int32 jumlah = baris > 0 ? (baris - 1) * kolom + kolom_akhir : 0;
    uno_Sequence **isi = calloc((size_t)(baris > 0 ? baris : 1), sizeof(*isi));
    bool jadi = isi != NULL;
    for (sal_Int32 r = 0; jadi && r < baris; r++) {
        sal_Int32 n = r == baris - 1 ? kolom_akhir : kolom;
        jadi = uno_type_sequence_construct(
            &isi[r], tipe_urutan(typelib_TypeClass_ANY),
            n ? &elemen[(size_t)r * (size_t)kolom] : NULL, n, NULL);
    }
    for (sal_Int32 i = 0; i < jumlah; i++)
        uno_any_destruct(&elemen[i], NULL);
    uno_Sequence *luar = NULL;
    if (jadi)
        jadi = uno_type_sequence_construct(
            &luar, tipe_urutan_urutan(typelib_TypeClass_ANY),
            baris ? isi : NULL, baris, NULL);
    for (sal_Int32 r = 0; isi != NULL && r < baris; r++)
        if (isi[r] != NULL)
            uno_type_destructData(&isi[r], tipe_urutan(typelib_TypeClass_ANY),
                                  NULL);
    free(isi);
    if (!jadi)
        return false;
    uno_type_any_construct(a, &luar, tipe_urutan_urutan(typelib_TypeClass_ANY),
                           NULL);
    uno_type_destructData(&luar, tipe_urutan_urutan(typelib_TypeClass_ANY),
                          NULL);
    return true;
}

bool jembatan_any_rentang(uno_Any *a, const double *nilai, sal_Int32 baris,
                          sal_Int32 kolom, sal_Int32 kolom_akhir)
{
    sal_Int32 jumlah = baris > 0 ? (baris - 1) * kolom + kolom_akhir : 0;
    uno_Any *elemen =
        calloc((size_t)(jumlah > 0 ? jumlah : 1), sizeof(*elemen));
    if (elemen == NULL)
        return false;
    for (sal_Int32 i = 0; i < jumlah; i++)
        jembatan_any_angka(&elemen[i], nilai[i]);
    bool jadi = jembatan_any_dari_elemen(a, elemen, baris, kolom, kolom_akhir);
    free(elemen);
    return jadi;
}
