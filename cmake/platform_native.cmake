# The desktop viewer: ${FOLIO_OUTPUT_DIR}/folio, GLFW + OpenGL 3, with fonts/ and bundle/ beside it.
find_package(PNG REQUIRED)
add_executable(folio
  src/platform/native/main_native.cpp
  src/platform/native/args.cpp
  src/platform/native/native_host.cpp
  src/platform/native/png_write.cpp)
target_link_libraries(folio PRIVATE folio_ui PNG::PNG)
set_target_properties(folio PROPERTIES RUNTIME_OUTPUT_DIRECTORY "${FOLIO_OUTPUT_DIR}")
folio_warnings(folio)
add_dependencies(folio folio_assets)
