// Being written for issue 15 (see the header).
#include "search/query.h"
