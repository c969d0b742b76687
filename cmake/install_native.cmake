# `cmake --install` for the desktop: bin/folio and bin/folio-bundle, the fonts and the sample bundle in
# share/folio (where folio looks: ../share/folio from its bin folder), a .desktop entry and the icon
# (web/favicon.svg) for application menus.
include(GNUInstallDirs)
install(TARGETS folio folio_bundle RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")
install(DIRECTORY "${FOLIO_OUTPUT_DIR}/fonts" "${FOLIO_OUTPUT_DIR}/bundle" DESTINATION "${CMAKE_INSTALL_DATADIR}/folio")
install(FILES "${PROJECT_SOURCE_DIR}/assets/desktop/folio.desktop" DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
install(FILES "${PROJECT_SOURCE_DIR}/web/favicon.svg" DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps"
        RENAME folio.svg)
