#include "kinerja_status.h"

#include <stdbool.h>

/* Calc's error codes, from LibreOffice include/formula/errorcodes.hxx. */
enum {
    CALC_GALAT_ARGUMEN = 502,  /* FormulaError::IllegalArgument: Err:502 */
    CALC_GALAT_TIPE = 519,     /* FormulaError::NoValue: #VALUE! */
    CALC_GALAT_BAGI_NOL = 532, /* FormulaError::DivisionByZero: #DIV/0! */
    CALC_GALAT_NA = 32767      /* FormulaError::NotAvailable: #N/A */
};

/* Each status's description and Calc error code, in enum order; a
 * status outside the table is reported as Err:502 ("unknown status"). */
static const struct {
    const char *teks;
    int galat_calc; /* 0: not an error */
} status_info[] = {
    [KINERJA_OK] = {"ok", 0},
    [KINERJA_KOSONG] = {"no value (input not filled in)", 0},
    [KINERJA_GALAT_BAGI_NOL] = {"division by zero", CALC_GALAT_BAGI_NOL},
    [KINERJA_GALAT_ARGUMEN] = {"invalid argument", CALC_GALAT_ARGUMEN},
    [KINERJA_GALAT_TIPE] = {"text where a number belongs", CALC_GALAT_TIPE},
    [KINERJA_GALAT_TIDAK_TERSEDIA] = {"not available", CALC_GALAT_NA},
    /* Calc has no out-of-memory error a function may return. */
    [KINERJA_GALAT_MEMORI] = {"out of memory", CALC_GALAT_ARGUMEN},
};
_Static_assert(sizeof status_info / sizeof status_info[0] ==
                   KINERJA_GALAT_MEMORI + 1,
               "status_info: one row per kinerja_status");

static bool status_dikenal(kinerja_status status)
{
    return (unsigned)status < sizeof status_info / sizeof status_info[0];
}

const char *kinerja_status_teks(kinerja_status status)
{
    return status_dikenal(status) ? status_info[status].teks : "unknown status";
}

int kinerja_status_galat_calc(kinerja_status status)
{
    return status_dikenal(status) ? status_info[status].galat_calc
                                  : CALC_GALAT_ARGUMEN;
}
