#pragma once

#include <core/error.h>

class QLabel;
class QWidget;

namespace Linli::Ui {

// Shows a failed operation the same way everywhere: the translated message, and what to do.
void showError(QWidget *parent, const QString &title, const Error &error);
void showInfo(QWidget *parent, const QString &title, const QString &text);
bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &acceptText);
// The hidden red line under a form that says what is wrong with the input.
QLabel *problemLabel(QWidget *parent);
void showProblem(QLabel *label, const QString &text);

} // namespace Linli::Ui
