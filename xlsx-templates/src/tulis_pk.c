/* placeholder until the writer lands */
#include "tulis.h"

lxw_error tulis_pk(lxw_workbook *wb, gaya *g, const rencana *r,
                  const tulis_opsi *o)
{
    (void)g;
    (void)r;
    (void)o;
    return workbook_add_worksheet(wb, "pk") ? LXW_NO_ERROR
                                           : LXW_ERROR_MEMORY_MALLOC_FAILED;
}
