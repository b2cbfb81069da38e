/*
 * komponen.h - private declarations shared by the files of the Calc add-in
 * component (binary UNO, environment "uno").
 *
 *   komponen.c  the library's entry points and the one factory
 *   objek.c     the add-in object: lifetime, queryInterface, XTypeProvider,
 *               and the dispatcher that routes every call
 *   konversi.c  a call of a Calc function: UNO `any` arguments to
 *               kinerja_matriks, fungsi_panggil, the result back to `any`
 *   antarmuka.c what both UNO objects share: member names, type
 *               references, XServiceInfo, queryInterface answers, errors
 *
 * The names of the service, implementation and interface come from CMake
 * (KINERJA_SERVICE_NAME, KINERJA_IMPLEMENTATION_NAME,
 * KINERJA_INTERFACE_NAME) as compile definitions.
 */
#ifndef KINERJA_KOMPONEN_H
#define KINERJA_KOMPONEN_H

#include "uno_sdk.h"

#include "fungsi/fungsi.h"

#if !defined(KINERJA_SERVICE_NAME) || !defined(KINERJA_IMPLEMENTATION_NAME) || \
    !defined(KINERJA_INTERFACE_NAME)
#error "the build must define the service, implementation and interface names"
#endif

/* --- antarmuka.c -------------------------------------------------------- */

/*
 * The member's own name, "queryInterface", from the member's type name:
 * "com.sun.star.uno.XInterface::queryInterface", or for an inherited member
 * the decorated "com.sun.star.uno.XInterface::queryInterface:@0,3:...".
 * Copies it as ASCII into `nama` (NUL-terminated); false if the name is
 * missing, not ASCII or longer than `ukuran` - 1.
 */
bool anggota_nama(const typelib_TypeDescription *anggota, char *nama,
                  size_t ukuran);

/* The method description of a call, or NULL when the member is not a method
 * (our interfaces have no attributes). */
const typelib_InterfaceMethodTypeDescription *
anggota_metode(const typelib_TypeDescription *anggota);

/* Static type references, created once and kept for the process. */
typelib_TypeDescriptionReference *tipe_dasar(typelib_TypeClass kelas);
typelib_TypeDescriptionReference *tipe_antarmuka(const char *nama);
/* []T and [][]T for an element class T of ANY, DOUBLE or STRING (the
 * sequences a call reads and answers with); any other class gives the
 * ANY ones' slot and must not be asked for. */
typelib_TypeDescriptionReference *tipe_urutan(typelib_TypeClass kelas);
typelib_TypeDescriptionReference *tipe_urutan_urutan(typelib_TypeClass kelas);

/*
 * Answers queryInterface: `hasil` (unconstructed) receives an any holding
 * `diri`, acquired, when the requested type's name is one of the NULL-ended
 * list `didukung`, and an empty any otherwise.
 */
void jawab_query_interface(uno_Interface *diri,
                           typelib_TypeDescriptionReference *diminta,
                           const char *const *didukung, uno_Any *hasil);

/*
 * Answers an XServiceInfo method (the factory and the object give the same
 * answers).  False if `nama` is not one; true after writing the result, or
 * after signalling an error through `slot`.
 */
struct slot_pengecualian;
bool jawab_service_info(const char *nama, void *hasil, void *argumen[],
                        const typelib_InterfaceMethodTypeDescription *metode,
                        struct slot_pengecualian *slot);

/*
 * How a dispatcher reports failure.  The caller's exception slot is saved
 * and *ppException set to NULL on entry (no exception); panggilan_gagal
 * then builds a com.sun.star.uno.RuntimeException in the saved slot and
 * points *ppException back at it.  If that cannot be done (no type
 * description outside an office, no memory), it constructs the method's
 * default return value instead: the call must never be left half-done.
 */
typedef struct slot_pengecualian {
    uno_Any *ruang; /* the caller's space for an exception */
    uno_Any **ppException;
} slot_pengecualian;

void panggilan_gagal(slot_pengecualian *slot,
                     const typelib_InterfaceMethodTypeDescription *metode,
                     void *hasil, const char *pesan);

/* One dispatched call: its exception slot, and the member's method
 * description and short name ("queryInterface"). */
typedef struct panggilan_masuk {
    slot_pengecualian slot;
    const typelib_InterfaceMethodTypeDescription *metode;
    char nama[64];
} panggilan_masuk;

/*
 * Starts a dispatch: saves the caller's exception slot and sets
 * *ppException to NULL (no exception), then reads the member's method
 * description and name.  False, after failing the call with "kinerja:
 * unknown member", when the member is not a method with a short ASCII name.
 */
bool panggilan_buka(panggilan_masuk *p, const typelib_TypeDescription *anggota,
                    void *hasil, uno_Any **ppException);

/*
 * Answers what the factory and the object both answer: queryInterface
 * (for the NULL-ended list `didukung` of interface names) and the
 * XServiceInfo methods.  False if the call is none of these.
 */
bool jawab_bersama(panggilan_masuk *p, uno_Interface *diri,
                   const char *const *didukung, void *hasil, void *argumen[]);

/* --- objek.c ------------------------------------------------------------ */

/* A new add-in object with one reference for the caller, or NULL when
 * memory is short. */
uno_Interface *objek_baru(void);

/* --- konversi.c --------------------------------------------------------- */

/*
 * Performs one Calc function call: `argumen` are the method's `any`
 * arguments (as many as the method has parameters, which the caller has
 * checked equals f->jumlah_argumen), `hasil` the unconstructed `any`
 * result.  Never fails: every problem becomes a Calc error value.
 */
void panggil_fungsi(const fungsi_info *f, void *argumen[], uno_Any *hasil);

#endif
