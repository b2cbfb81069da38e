/*
 * xml.c - one zip part through expat, streamed, with namespaces resolved
 * ("uri|local"), so that a file using other prefixes than Calc's or
 * Excel's still reads.
 *
 * No part of either format has a DTD with entities, so any entity
 * declaration stops the parse: that refuses "billion laughs" expansions
 * outright, and expat loads no external entity unless asked to.
 */
#include <string.h>

#include "dalam.h"

#define PEMISAH '|'

typedef struct aliran {
    xml_keadaan *k;
} aliran;

void xml_henti(xml_keadaan *k)
{
    XML_StopParser(k->p, XML_FALSE);
}

static void tolak_entitas(void *pengguna, const XML_Char *nama, int parameter,
                          const XML_Char *nilai, int panjang,
                          const XML_Char *basis, const XML_Char *sistem,
                          const XML_Char *publik, const XML_Char *notasi)
{
    (void)parameter, (void)nilai, (void)panjang, (void)basis, (void)sistem,
        (void)publik, (void)notasi;
    xml_keadaan *k = pengguna;
    baca_gagal(k->c, BUKU_GALAT_XML,
               "deklarasi entitas '%s' tidak diterima dalam buku kerja", nama);
    xml_henti(k);
}

static void mulai(void *pengguna, const XML_Char *nama,
                  const XML_Char **atribut)
{
    xml_keadaan *k = pengguna;
    if (++k->kedalaman > XML_KEDALAMAN_MAKS) {
        baca_gagal(k->c, BUKU_GALAT_BATAS,
                   "XML bersarang lebih dari %u tingkat pada baris %lu",
                   XML_KEDALAMAN_MAKS,
                   (unsigned long)XML_GetCurrentLineNumber(k->p));
        xml_henti(k);
        return;
    }
    k->h->mulai(pengguna, nama, atribut);
}

static void akhir(void *pengguna, const XML_Char *nama)
{
    xml_keadaan *k = pengguna;
    k->kedalaman--;
    k->h->akhir(pengguna, nama);
}

static bool terima(void *pengguna, const char *data, size_t n, bool akhir)
{
    aliran *a = pengguna;
    XML_Parser p = a->k->p;
    if (XML_Parse(p, data, (int)n, akhir) != XML_STATUS_ERROR)
        return true;
    if (!baca_sudah_gagal(a->k->c)) {
        /* A failure of our own handlers was recorded before it stopped
         * the parser; anything else is expat's. */
        baca_gagal(a->k->c, BUKU_GALAT_XML,
                   "XML rusak pada baris %lu kolom %lu (%s)",
                   (unsigned long)XML_GetCurrentLineNumber(p),
                   (unsigned long)XML_GetCurrentColumnNumber(p) + 1,
                   XML_ErrorString(XML_GetErrorCode(p)));
    }
    return false;
}

bool xml_alirkan(baca *c, const char *bagian, xml_keadaan *keadaan,
                 const xml_penangan *h)
{
    XML_Parser p = XML_ParserCreateNS("UTF-8", PEMISAH);
    if (p == NULL)
        return baca_gagal(c, BUKU_GALAT_MEMORI, "memori tidak cukup");
    keadaan->c = c;
    keadaan->p = p;
    keadaan->h = h;
    keadaan->kedalaman = 0;
    XML_SetUserData(p, keadaan);
    XML_SetElementHandler(p, mulai, akhir);
    XML_SetCharacterDataHandler(p, h->teks);
    XML_SetEntityDeclHandler(p, tolak_entitas);
    aliran a = {keadaan};
    bool hasil = arsip_alirkan(c, bagian, terima, &a);
    XML_ParserFree(p);
    keadaan->p = NULL;
    return hasil && !baca_sudah_gagal(c);
}

const char *xml_lokal(const char *nama)
{
    const char *p = strrchr(nama, PEMISAH);
    return p ? p + 1 : nama;
}

bool xml_ns(const char *nama, const char *uri)
{
    size_t n = strlen(uri);
    return strncmp(nama, uri, n) == 0 && nama[n] == PEMISAH;
}

const char *xml_atribut(const char **atribut, const char *uri,
                        const char *lokal)
{
    for (size_t i = 0; atribut[i] != NULL; i += 2) {
        const char *n = atribut[i];
        if (strcmp(xml_lokal(n), lokal) != 0)
            continue;
        if (uri == NULL             ? strchr(n, PEMISAH) == NULL
            : strcmp(uri, "*") == 0 ? strchr(n, PEMISAH) != NULL
                                    : xml_ns(n, uri))
            return atribut[i + 1];
    }
    return NULL;
}
