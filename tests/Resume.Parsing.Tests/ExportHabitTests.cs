using PdfSharp.Pdf;
using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>Habits of producers the third round of the style corpus brought in (job boards' "resume from profile"
/// exports, one-page LaTeX templates, RenderCV's engineering theme), as documents written in code.</summary>
public sealed class ExportHabitTests
{
    [Fact]
    public void Spaced_diamonds_split_the_contact_line_so_the_town_is_read()
    {
        var resume = Read("""
            IKENNA D'SOUZA
            Graz, Styria ⋄ +43 664 6540703 ⋄ ikenna.dsouza@example.com ⋄ ikennadsouza.com

            EXPERIENCE
            Curriculum Lead, Alder Insurance    Mar 2021 – Dec 2022
            • Mentored five newly qualified teachers
            """);

        Assert.Equal("Graz", resume.Basics.Location?.City);
        Assert.Equal("+43 664 6540703", resume.Basics.Phone);
    }

    [Fact]
    public void The_years_a_skill_was_used_are_not_part_of_its_name()
    {
        var resume = Read("""
            Mateus Kowalczyk
            mateus@example.com

            Skills
            • Jenkins (8 years)
            • Argo CD (1 year)
            • SQL (3+ yrs)
            • Kubernetes (CKA)
            """);

        Assert.Equal(["Jenkins", "Argo CD", "SQL", "Kubernetes (CKA)"], resume.Keywords());
    }

    [Fact]
    public void A_job_whose_employer_piece_is_the_resumes_own_town_takes_employer_and_title_from_the_other_piece()
    {
        var resume = Read("""
            Ikenna D'Souza
            Graz, Styria | ikenna.dsouza@example.com

            Work Experience
            Marigold Security Pty Ltd, Curriculum Lead – Graz, Styria    Mar 2023 – Sep 2025
            • Designed a seven-week robotics course for 90 students
            Alder Insurance, Curriculum Lead    Mar 2021 – Dec 2022
            • Mentored five newly qualified teachers
            """);

        Assert.Equal([("Marigold Security Pty Ltd", "Curriculum Lead"), ("Alder Insurance", "Curriculum Lead")],
            resume.Work.Select(w => (w.Name, w.Position)));
        Assert.Equal("Graz, Styria", resume.Work[0].Location);
    }

    [Fact]
    public void A_certifications_issuer_under_its_dates_line_stays_with_the_bold_name_above()
    {
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            c.Draw("Mateus Kowalczyk", 50, 22, bold: true);
            c.Advance(20);
            c.Draw("mateus@example.com", 50, 10);
            c.Advance(30);
            c.Draw("Certifications and Licenses", 50, 13, bold: true);
            c.Advance(22);
            foreach (var (name, dates, issuer) in new[]
            {
                ("Certified Kubernetes Administrator (CKA)", "October 2023 to Present", "Cloud Native Computing Foundation"),
                ("Red Hat Certified Engineer (RHCE)", "July 2022 to Present", "Red Hat"),
            })
            {
                c.Draw(name, 50, 11, bold: true);
                c.Advance(14);
                c.Draw(dates, 50, 10);
                c.Advance(14);
                c.Draw(issuer, 50, 10);
                c.Advance(22);
            }
        }
        var resume = Read(document.ToBytes());

        Assert.Equal([("Certified Kubernetes Administrator (CKA)", "Cloud Native Computing Foundation"), ("Red Hat Certified Engineer (RHCE)", "Red Hat")],
            resume.Certificates.Select(x => (x.Name, x.Issuer)));
    }
}
