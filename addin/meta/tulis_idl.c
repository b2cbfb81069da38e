/*
 * tulis_idl.c - the methods idl/XFungsi.idl must declare, one line each,
 * exactly as `unoidl-read` prints them, so that a test can compare the
 * compiled interface with the table line by line.
 */
#include "meta.h"

const char *meta_nama_parameter(const fungsi_info *f, size_t k)
{
    const char *nama = f->argumen[k].nama_en;
    bool sah = nama != NULL && nama[0] >= 'a' && nama[0] <= 'z';
    for (const char *c = nama; sah && *c != '\0'; c++)
        sah = (*c >= 'a' && *c <= 'z') || (*c >= '0' && *c <= '9');
    if (!sah) {
        fprintf(stderr,
                "kinerja-meta: %s argument %zu: English name \"%s\" is not a "
                "lower-case identifier (it names the IDL parameter)\n",
                f->nama, k + 1, nama != NULL ? nama : "(null)");
        return NULL;
    }
    return nama;
}

int tulis_idl(FILE *keluar)
{
    for (size_t i = 0; i < fungsi_jumlah; i++) {
        const fungsi_info *f = &fungsi_tabel[i];
        fprintf(keluar, "   any %s(", f->nama);
        for (size_t k = 0; k < f->jumlah_argumen; k++) {
            const char *nama = meta_nama_parameter(f, k);
            if (nama == NULL)
                return -1;
            fprintf(keluar, "%s[in] any %s", k > 0 ? ", " : "", nama);
        }
        fputs(");\n", keluar);
    }
    return ferror(keluar) ? -1 : 0;
}
