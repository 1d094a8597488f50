// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include <QGroupBox>

class QLabel;
class QPushButton;

namespace saathi {
struct Error;
namespace support {
class SupportFileWriter;
}
} // namespace saathi

namespace saathi::ui {

// "Help from support": saves one file the agent can send to the distributor's support engineer (logs, journal
// summaries, versions, settings minus secrets; no customer data). The file is written on a worker; the button is
// off meanwhile and the line under it says where the file went, or why not.
class SupportFileBox : public QGroupBox
{
    Q_OBJECT
public:
    SupportFileBox(support::SupportFileWriter& writer, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void save();
    void saved(const QString& path, const Error& error);
    void retranslate();

    support::SupportFileWriter& m_writer;
    QLabel* m_text = nullptr;
    QPushButton* m_button = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace saathi::ui
