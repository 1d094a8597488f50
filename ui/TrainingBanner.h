// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include <QLabel>

namespace saathi::ui {

// A band across the top of every screen while the app talks to its built-in sandbox, so nobody mistakes a
// training withdrawal for real money.
class TrainingBanner : public QLabel
{
    Q_OBJECT
public:
    explicit TrainingBanner(QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
};

} // namespace saathi::ui
