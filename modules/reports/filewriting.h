#pragma once

#include <core/result.h>

#include <functional>

class QPageLayout;
class QPagedPaintDevice;
class QSaveFile;

namespace Linli::Reports {

// The error every writer returns when `path` cannot be written; `detail` is the system's reason.
Error cannotWrite(const QString &path, const QString &detail);

// Opens `file` for writing, returning the error if that fails.
Status openForWriting(QSaveFile &file);
// Commits `file` (an atomic rename over the target), returning the error if that fails.
Status commit(QSaveFile &file);

// Writes a PDF to `path` atomically: `paint` renders onto a QPdfWriter set to `layout`.
Status writePdfFile(const QString &path, const QString &title, const QPageLayout &layout,
                    const std::function<Status(QPagedPaintDevice *)> &paint);

} // namespace Linli::Reports
