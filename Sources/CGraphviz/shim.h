// The part of Graphviz that linkchart uses: contexts, layout and rendering (gvc) and the
// graph API (cgraph). Headers come from the system (libgraphviz-dev), found by pkg-config.
#ifndef LINKCHART_CGRAPHVIZ_SHIM_H
#define LINKCHART_CGRAPHVIZ_SHIM_H
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#endif
