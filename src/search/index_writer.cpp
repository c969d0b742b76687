// Being written for issue 15 (see the header).
#include "search/index_writer.h"
