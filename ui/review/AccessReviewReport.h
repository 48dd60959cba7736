#pragma once

#include "ui/review/ReviewFindings.h"
#include "ui/widgets/ReportFrame.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class QPainter;
class QPrinter;

namespace zc::ui {

class ReviewFindingModel;

// 权限审查报告 on paper (a printer, or a PDF): the report frame's heading and
// foot (title, unit, when and by whom, 第 N 页 / 共 M 页), the inactivity
// threshold and the count of each kind, then the findings grouped by kind —
// subject, detail, suggested action, wrapped to their columns — running over
// as many A4 portrait pages as they need, a group's title repeated where it
// continues.
class AccessReviewReport
{
    Q_DECLARE_TR_FUNCTIONS(zc::ui::AccessReviewReport)
public:
    // `model` must outlive the report; without `tokensReviewed` the tokens' counts read "not reviewed".
    AccessReviewReport(const ReviewFindingModel *model, ReportFrame::Heading heading, bool tokensReviewed);

    static void setUpPrinter(QPrinter *printer, const QString &title);
    // Paints the pages (those of the printer's page range); false when it cannot paint on the printer.
    bool print(QPrinter *printer) const;
    [[nodiscard]] int pageCount(QPrinter *printer) const;

private:
    struct Item
    {
        int finding = -1;   // a row of the model, or -1: a group's title
        ReviewFinding::Kind kind = ReviewFinding::Kind::NeverSignedIn;
        bool continued = false;
        double height = 0;
    };
    struct Plan;
    [[nodiscard]] Plan plan(QPrinter *printer) const;
    [[nodiscard]] QStringList headingLines() const;
    [[nodiscard]] QStringList cells(int finding) const;
    void paintPage(QPainter &painter, const Plan &plan, int page) const;

    const ReviewFindingModel *m_model;
    ReportFrame::Heading m_heading;
    bool m_tokensReviewed = true;
};

} // namespace zc::ui
