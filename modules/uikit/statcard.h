#pragma once

#include <QtWidgets/QFrame>

class QLabel;

namespace Linli::Ui {

// A figure on the home page: a big number with its label and a short note under it.
class StatCard : public QFrame
{
    Q_OBJECT
public:
    StatCard(const QString &label, QWidget *parent = nullptr);
    void setValue(const QString &value, const QString &note = {});
    QString value() const;

private:
    QLabel *m_label;
    QLabel *m_value;
    QLabel *m_note;
};

} // namespace Linli::Ui
