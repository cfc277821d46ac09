using PdfSharp.Pdf;
using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>How certificate lists are set around their names: what the course covered and where to verify it under each
/// name, a credential number carried onto the next line, a year inside a course's name, several names on one line, a
/// pictograph beside each name and its level in smaller type under it.</summary>
public sealed class CertificateListShapeTests
{
    [Fact]
    public void What_a_course_covered_and_its_link_under_its_name_are_no_certificates_and_a_year_inside_a_name_stays()
    {
        var resume = Read("""
            Tobias Lind
            tobias.lind@example.com

            CERTIFICATIONS
            Responsive Web Design, Openfield Academy Online, 2024
            Skills: HTML5, CSS3, accessibility
            URL: https://verify.example.org/certificates/rwd-5521
            The Complete 2024 Web Development Bootcamp, Udemy, 2024
            Schlüsselkompetenzen: Node.js, Express, PostgreSQL
            """);

        Assert.Equal(["Responsive Web Design", "The Complete 2024 Web Development Bootcamp"], resume.Certificates.Select(c => c.Name));
        Assert.Equal("https://verify.example.org/certificates/rwd-5521", resume.Certificates[0].Url);
    }

    [Fact]
    public void A_credential_number_carried_onto_the_next_line_after_its_label_belongs_to_its_certificate()
    {
        var resume = Read("""
            Tobias Lind
            tobias.lind@example.com

            CERTIFICATIONS
            - Machine Learning with Python — Northbridge Online (June 2025) — ID :
              65e36c83799b4ce28f429c44e1134744
            - Kubernetes Basics — Northbridge Online (May 2025)
            """);

        Assert.Equal(["Machine Learning with Python", "Kubernetes Basics"], resume.Certificates.Select(c => c.Name));
    }

    [Fact]
    public void Several_certificates_on_one_line_between_bars_are_as_many_certificates()
    {
        var resume = Read("""
            Diego Paredes
            diego.paredes@example.com

            CERTIFICACIONES
            • AWS Solutions Architect (Active) | Azure Fundamentals (Active) | Docker Certified Associate (Active)
            """);

        Assert.Equal(["AWS Solutions Architect", "Azure Fundamentals", "Docker Certified Associate"], resume.Certificates.Select(c => c.Name));
    }

    [Fact]
    public void A_pictograph_beside_a_name_is_no_certificate_and_the_level_in_smaller_type_under_it_is_part_of_it()
    {
        var resume = Read(CardList(("☁", "AWS CLF-C02", "Cloud Practitioner"), ("◆", "Azure AZ-900", "Fundamentals"),
            ("✦", "Agile Development", "Brightwell Training · 2024")));

        Assert.Equal(["AWS CLF-C02 – Cloud Practitioner", "Azure AZ-900 – Fundamentals", "Agile Development"],
            resume.Certificates.Select(c => c.Name));
        Assert.Equal([null, null, "Brightwell Training"], resume.Certificates.Select(c => c.Issuer));
    }

    /// <summary>A designed page's list of certificates as cards: a large pictograph at the left of each, the name beside
    /// it and a smaller line of level or issuer under the name.</summary>
    private static byte[] CardList(params (string Sign, string Name, string Under)[] cards)
    {
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document, top: 40))
        {
            c.Draw("Hana Lindqvist", 50, 24);
            c.Advance(30);
            c.Draw("hana.lindqvist@example.com", 50, 10);
            c.Advance(30);
            c.Draw("EXPERIENCE", 50, 12, bold: true);
            c.Advance(18);
            c.Draw("Brightwater Health, Systems Analyst", 50, 10.5);
            c.Advance(14);
            c.Draw("June 2019 - Present", 50, 10.5);
            c.Advance(30);
            c.Draw("CERTIFICATIONS", 50, 12, bold: true);
            c.Advance(26);
            foreach (var (sign, name, under) in cards)
            {
                var y = c.Y;
                c.Draw(name, 88, 9.8, y: y);
                c.Draw(sign, 60, 15.6, y: y + 3);
                c.Draw(under, 88, 8.6, y: y + 12.2);
                c.Y = y + 47;
            }
        }
        return document.ToBytes();
    }
}
