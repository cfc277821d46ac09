using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Resume.Fixtures;

/// <summary>Traits of resume conventions outside the US one-pager, one a fixture: the qualifications table fresher
/// resumes carry, with header cells wrapped over two lines and every cell set in the middle of its row.</summary>
public static class ConventionShapes
{
    /// <summary>A table of qualifications: "Qualification | Institution | Board / University | Year of / Passing | Percentage / / CGPA", the
    /// two-word headers wrapped and set in the middle of the header row (so the one-line headers sit between their lines),
    /// and each row's cells centred in a row as tall as its longest cell.</summary>
    public static byte[] MiddleSetQualifications(string name, string email, IReadOnlyList<(string[] Qualification, string[] Institution, string[] Board, string Year, string Score)> rows)
    {
        const double size = 9.5;
        const double pitch = 12;
        double[] x = [44, 160, 270, 390, 450];
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            c.Draw(name, 50, 16, bold: true);
            c.Advance(20);
            c.Draw(email, 50, 10);
            c.Advance(28);
            c.Draw("CAREER OBJECTIVE", 50, 11, bold: true);
            c.Advance(16);
            c.Draw("Commerce graduate seeking an entry-level accounting role where I can apply my training in reporting", 50, 10);
            c.Advance(13);
            c.Draw("and grow with the organisation.", 50, 10);
            c.Advance(24);
            c.Draw("ACADEMIC QUALIFICATIONS", 50, 11, bold: true);
            c.Advance(20);
            var y = c.Y;
            var pen = new XPen(XColors.Black, 0.75);
            // The grid's rules: a line over every row and between the columns, as a bordered table prints.
            void Rules(double top, double bottom)
            {
                c.Graphics.DrawLine(pen, x[0] - 4, top, 540, top);
                c.Graphics.DrawLine(pen, x[0] - 4, bottom, 540, bottom);
                foreach (var left in x.Append(544))
                {
                    c.Graphics.DrawLine(pen, left - 4, top, left - 4, bottom);
                }
            }
            Rules(y - 12, y + pitch + 6);
            c.Draw("Qualification", x[0], size, bold: true, y + pitch / 2);
            c.Draw("Institution", x[1], size, bold: true, y + pitch / 2);
            c.Draw("Board / University", x[2], size, bold: true, y + pitch / 2);
            c.Draw("Year of", x[3], size, bold: true, y);
            c.Draw("Passing", x[3], size, bold: true, y + pitch);
            c.Draw("Percentage /", x[4], size, bold: true, y);
            c.Draw("CGPA", x[4], size, bold: true, y + pitch);
            y += pitch + 18;
            foreach (var (qualification, institution, board, year, score) in rows)
            {
                var tall = Math.Max(qualification.Length, Math.Max(institution.Length, board.Length));
                Rules(y - 12, y + (tall - 1) * pitch + 6);
                void Cell(string[] text, double left)
                {
                    var top = y + (tall - text.Length) * pitch / 2;
                    for (var k = 0; k < text.Length; k++)
                    {
                        c.Draw(text[k], left, size, y: top + k * pitch);
                    }
                }
                Cell(qualification, x[0]);
                Cell(institution, x[1]);
                Cell(board, x[2]);
                Cell([year], x[3]);
                Cell([score], x[4]);
                y += tall * pitch + 8;
            }
            c.Y = y;
            c.Advance(16);
            c.Draw("INTERNSHIP", 50, 11, bold: true);
            c.Advance(16);
            c.Draw("Audit Intern – Kessler & Young Chartered Accountants, Pune (May 2024 – July 2024)", 50, 10);
            foreach (var item in new[]
            {
                "Vouched 400 purchase invoices against the ledger and reported 12 exceptions to the audit senior",
                "Prepared bank reconciliation statements for three clients and cleared long-outstanding items",
                "Drafted working papers for fixed assets testing, including additions and depreciation checks",
            })
            {
                c.Advance(13);
                c.Draw("• " + item, 56, 10);
            }
            c.Advance(20);
            c.Draw("SKILLS", 50, 11, bold: true);
            c.Advance(16);
            c.Draw("Accounting: Financial Reporting, Bank Reconciliation, GST Returns, Payroll, Accounts Payable, Auditing", 50, 10);
        }
        return PdfResume.Save(document);
    }
}
