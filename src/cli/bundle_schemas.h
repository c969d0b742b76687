// The JSON Schemas of docs/schemas/, compiled into folio-bundle (the .cpp is generated at build time by
// cmake/embed_schemas.cmake), so `validate` checks against exactly the documented files.
#pragma once

namespace folio::cli {

struct EmbeddedSchema {
    const char* Name; // "article.schema.json"
    const char* Text;
};

// nullptr when no schema has that file name.
const EmbeddedSchema* FindSchema(const char* name);

} // namespace folio::cli
