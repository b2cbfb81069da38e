/*
 * jembatan.h - a stand-in for LibreOffice's binary-UNO bridge, for calling
 * the add-in component outside the office (the component test and the UNO
 * benchmark).
 *
 * Inside the office the bridge gets method descriptions from the type
 * manager; outside it there is none, so a metode_uji fills in the fields
 * the component's dispatcher reads (the method's full name, return type and
 * parameters) and nothing else.  Values are built as the bridge builds
 * them: scalars as anys, a range as a [][]any of rows.
 */
#ifndef KINERJA_JEMBATAN_H
#define KINERJA_JEMBATAN_H

#include <stdbool.h>

#include "komponen.h"

/* A method description as the bridge passes it to pDispatcher. */
typedef struct metode_uji {
    typelib_InterfaceMethodTypeDescription td;
    typelib_MethodParameter param[FUNGSI_ARGUMEN_MAKS];
} metode_uji;

/* The static type of a simple type class (DOUBLE, STRING, ANY, ...). */
typelib_TypeDescriptionReference *jembatan_tipe(typelib_TypeClass kelas);

/* Describes method `nama_penuh` ("interface::method") returning `kembali`
 * with `jumlah_param` in-parameters of type `jenis_param`; free the name
 * with jembatan_metode_bebas. */
void jembatan_metode_isi(metode_uji *m, const char *nama_penuh,
                         typelib_TypeClass kembali, sal_Int32 jumlah_param,
                         typelib_TypeClass jenis_param);
void jembatan_metode_bebas(metode_uji *m);

/* One call through the component's dispatcher.  Returns the exception the
 * component raised (an any inside *ruang, destructed by the caller), or NULL
 * when the call returned normally and *hasil holds its result. */
uno_Any *jembatan_panggil(uno_Interface *i, metode_uji *m, void *hasil,
                          void *argumen[], uno_Any *ruang);

/* Anys constructed in place: a small value lives inside its any (pData
 * points at the any's own pReserved), so an any must never be copied by
 * value. */
void jembatan_any_angka(uno_Any *a, double d);
void jembatan_any_teks(uno_Any *a, const char *s);
void jembatan_any_kosong(uno_Any *a); /* VOID: an omitted argument */

/* A range of the anys in `elemen` (row-major, `kolom` per row, the last
 * row `kolom_akhir`), which it destructs: the range owns copies.  Returns
 * false when out of memory. */
bool jembatan_any_dari_elemen(uno_Any *a, uno_Any *elemen, sal_Int32 baris,
                              sal_Int32 kolom, sal_Int32 kolom_akhir);

/* A `baris` x `kolom` range of doubles, row-major, as Calc passes it;
 * kolom_akhir != kolom makes the last row ragged (Calc never does, a remote
 * caller may).  Returns false when out of memory. */
bool jembatan_any_rentang(uno_Any *a, const double *nilai, sal_Int32 baris,
                          sal_Int32 kolom, sal_Int32 kolom_akhir);

#endif
