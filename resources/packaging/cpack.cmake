# SPDX-License-Identifier: MIT
# `cpack -G DEB` (run in the build directory) builds picklescope_<version>_amd64.deb from what
# `cmake --install` installs. dpkg-shlibdeps computes the runtime Depends from the programs'
# shared libraries. On Debian 12 the X11 platform plugin ships in libqt6gui6 and the SVG icon
# engine in libqt6svg6, both linked; the Wayland plugin is only recommended.
set(CPACK_PACKAGE_NAME picklescope)
set(CPACK_PACKAGE_VENDOR "The PickleScope developers")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "inspect Python pickle, joblib and PyTorch files without executing them")
set(CPACK_PACKAGE_INSTALL_DIRECTORY picklescope)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # picklescope_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "The PickleScope developers <picklescope@localhost>")
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "qt6-wayland, hicolor-icon-theme, shared-mime-info, desktop-file-utils")
# The extended description: every line after the first starts with a space (deb-control(5)).
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "${CPACK_PACKAGE_DESCRIPTION_SUMMARY}
 PickleScope opens Python pickle files - scikit-learn models saved with pickle
 or joblib first of all, but also numpy, pandas, scipy and PyTorch files -
 without executing them: it reads the pickle program symbolically, so nothing
 in the file ever runs.
 .
 The desktop application (picklescope) shows the object tree, arrays as tables,
 scikit-learn estimators with their coefficient and feature-importance charts,
 the opcode listing, and a security scan naming every call that loading the
 file in Python would make. The command-line tool (picklescope-cli) gives the
 same information to scripts and CI: info, tree, dis, get, set, convert,
 export, scan and insight.
 .
 License: MIT.")
set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_CURRENT_LIST_DIR}/copyright)
set(CPACK_GENERATOR DEB)
include(CPack)
