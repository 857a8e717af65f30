// linli_resources carries the application icon as Qt resources (see resources/CMakeLists.txt):
//   :/icons/linli.svg                      the scalable icon (needs Qt's SVG icon engine)
//   :/icons/linli-<n>.png, n = 16 … 256    raster renditions that need no plugin
// qt_add_resources() on a static library links its initialiser in through an object library,
// so nothing has to call Q_INIT_RESOURCE; this file only gives the library a translation unit.

namespace Linli::Resources {

// Referenced nowhere; keeps the archive non-empty for linkers that dislike empty archives.
int iconResourcesVersion()
{
    return 1;
}

} // namespace Linli::Resources
