/*
 * rencana_tahun_depan.c - next year's plan from this year's
 * (rencana_tahun_depan.h).
 */
#include "rencana_tahun_depan.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Replaces *medan with a copy of `teks`; false when memory runs out. */
static bool ganti(char **medan, const char *teks)
{
    char *baru = strdup(teks);
    if (!baru)
        return false;
    free(*medan);
    *medan = baru;
    return true;
}

static bool salin_penandatangan(penandatangan *ke, const penandatangan *dari)
{
    return ganti(&ke->nama, dari->nama) && ganti(&ke->jabatan, dari->jabatan) &&
           ganti(&ke->pangkat, dari->pangkat) && ganti(&ke->nip, dari->nip);
}

/* The Renstra row of indicator i for `tahun`, or NULL. */
static renstra_isian *baris_renstra(rencana *r, size_t i, int tahun,
                                    bool *ada_baris)
{
    *ada_baris = false;
    for (size_t j = 0; j < r->jumlah_renstra; j++)
        if (r->renstra[j].indikator == i) {
            *ada_baris = true;
            if (r->renstra[j].tahun == tahun)
                return &r->renstra[j];
        }
    return NULL;
}

/* This year's figures of the indicators in the Renstra with no row for
 * this year become one, so the new plan keeps them as history. */
static bool simpan_riwayat(rencana *r)
{
    for (size_t i = 0; i < r->jumlah_indikator; i++) {
        bool ada_baris;
        const indikator *d = &r->indikator[i];
        if (baris_renstra(r, i, r->id.tahun, &ada_baris) || !ada_baris ||
            !d->realisasi.ada)
            continue;
        renstra_isian *baru =
            realloc(r->renstra, (r->jumlah_renstra + 1) * sizeof *baru);
        if (!baru)
            return false;
        r->renstra = baru;
        renstra_isian *e = &r->renstra[r->jumlah_renstra];
        *e = (renstra_isian){.indikator = i,
                             .lama = TIDAK_ADA, /* one of the plan's own */
                             .tahun = r->id.tahun,
                             .target = d->target,
                             .realisasi = d->realisasi,
                             .predikat = strdup(d->predikat),
                             .predikat_realisasi =
                                 strdup(d->predikat_realisasi)};
        r->jumlah_renstra++;
        if (!e->predikat || !e->predikat_realisasi)
            return false;
    }
    return true;
}

/* Each indicator's target for the new year from the Renstra. */
static bool target_baru(rencana *r, int tahun, galat_rencana *catatan)
{
    for (size_t i = 0; i < r->jumlah_indikator; i++) {
        indikator *d = &r->indikator[i];
        bool ada_baris;
        const renstra_isian *e = baris_renstra(r, i, tahun, &ada_baris);
        if (e && e->target.ada) {
            d->target = e->target;
            if (!ganti(&d->predikat, e->predikat))
                return false;
        } else if (ada_baris) {
            galat_tambah(catatan, "kinerja.csv", d->baris, 0,
                         "indikator %s: renstra.csv tidak memuat target %d; "
                         "target %d dipakai, periksa",
                         d->kode, tahun, r->id.tahun);
        }
        d->target_murni.ada = false;
        for (int q = 0; q < 4; q++)
            d->target_tw[q].ada = false;
        if (!ganti(&d->predikat_realisasi, ""))
            return false;
    }
    return true;
}

bool rencana_tahun_depan(rencana *r, galat_rencana *catatan, galat_rencana *g)
{
    identitas *id = &r->id;
    int tahun = id->tahun + 1;
    if (!simpan_riwayat(r) || !target_baru(r, tahun, catatan))
        goto memori;
    for (size_t i = 0; i < r->jumlah_simpul; i++) {
        simpul *s = &r->simpul[i];
        s->pagu_murni.ada = false;
        /* a parent's typed pagu is what this year's report printed */
        if (s->jumlah_anak)
            s->pagu.ada = false;
    }
    for (size_t i = 0; i < r->jumlah_pembanding; i++) {
        free(r->pembanding[i].pemda);
        free(r->pembanding[i].keterangan);
    }
    r->jumlah_pembanding = 0;
    isian_rupiah *total[] = {&id->pagu_dilaporkan, &id->pagu_ikhtisar,
                             &id->pagu_operasi, &id->pagu_modal};
    for (size_t i = 0; i < sizeof total / sizeof total[0]; i++)
        total[i]->ada = false;
    id->tahun = tahun;
    id->ada_tanggal_pk = id->ada_tanggal_pk_perubahan = false;
    char ket[2][32];
    snprintf(ket[0], sizeof ket[0], "APBD %d", tahun);
    snprintf(ket[1], sizeof ket[1], "P APBD %d", tahun);
    if (!salin_penandatangan(&id->kepala_murni, &id->kepala) ||
        !salin_penandatangan(&id->atasan_murni, &id->atasan) ||
        !ganti(&id->keterangan_pk, ket[0]) ||
        !ganti(&id->keterangan_pk_perubahan, ket[1]) ||
        !rencana_indeks_indikator(r))
        goto memori;
    /* the realisasi of the new year (and its Renstra rows), then totals */
    return rencana_tanpa_realisasi(r, g);
memori:
    galat_tambah(g, NULL, 0, 0, "memori tidak cukup");
    return false;
}
