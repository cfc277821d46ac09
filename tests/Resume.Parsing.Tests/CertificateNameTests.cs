using PdfSharp.Pdf;
using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>Certificate names as issuers print them: a level after a dash, and names wrapped by a narrow sidebar as
/// LinkedIn's "Save to PDF" sets them.</summary>
public sealed class CertificateNameTests
{
    [Fact]
    public void A_credentials_level_after_a_dash_stays_in_its_name()
    {
        var resume = Read("""
            Seo-yeon Park
            seoyeon@example.com

            CERTIFICATIONS
            • AWS Certified Machine Learning – Specialty — Amazon Web Services (2023)
            • AWS Certified DevOps Engineer – Professional (2022)
            • Deep Learning Specialization — DeepLearning.AI (2021)
            """);

        Assert.Equal(["AWS Certified Machine Learning – Specialty", "AWS Certified DevOps Engineer – Professional", "Deep Learning Specialization"],
            resume.Certificates.Select(c => c.Name));
        Assert.Equal(["Amazon Web Services", null, "DeepLearning.AI"], resume.Certificates.Select(c => c.Issuer));
    }

    [Fact]
    public void A_certification_listed_under_education_is_a_certificate_and_the_degree_stays_education()
    {
        var resume = Read("""
            Ines Marchetti
            ines.marchetti@example.com

            EDUCATION
            Data Analyst with Python
            Certification, Brightpath Learning
            2022 - 2023

            Harbor State University
            Master of Science in Marine Biology
            2016 - 2018
            """);

        Assert.Equal(["Data Analyst with Python"], resume.Certificates.Select(c => c.Name));
        Assert.Equal(["Harbor State University"], resume.Education.Select(e => e.Institution));
    }

    [Fact]
    public void A_credential_number_under_a_certificate_is_no_certificate_of_its_own()
    {
        var resume = Read("""
            Seo-yeon Park
            seoyeon@example.com

            CERTIFICATES
            Foundations of Usability Testing (04/2024 - Present)
            Brightpath Academy-Certificate ID: 558120
            Certified Tester Foundation Level (06/2024 - Present)
            Certificate ID: 24-CTF-0192-KR
            """);

        Assert.Equal(["Foundations of Usability Testing", "Certified Tester Foundation Level"], resume.Certificates.Select(c => c.Name));
    }

    [Fact]
    public void An_acronym_in_a_cell_beside_the_name_it_stands_for_does_not_replace_the_name()
    {
        var resume = Read("""
            Dana Whitfield
            dana@example.com

            CERTIFICATES
                 BLS      Basic Life Support
                 NRP      Neonatal Resuscitation Program
                 CNO      College of Nurses of Ontario
                 AWS      Certified Cloud Practitioner
            """);

        Assert.Equal(["Basic Life Support (BLS)", "Neonatal Resuscitation Program (NRP)", "College of Nurses of Ontario (CNO)", "AWS"],
            resume.Certificates.Select(c => c.Name));
    }

    [Fact]
    public void A_certificate_wrapped_by_a_narrow_sidebar_is_one_certificate_though_its_second_line_opens_with_a_verb()
    {
        var resume = Read(SidebarCertificates(
            "Certified Emergency Nurse (CEN)",
            "Advanced Cardiovascular Life Support (ACLS)",
            "Pediatric Advanced Life Support (PALS)"));

        Assert.Equal(["Certified Emergency Nurse (CEN)", "Advanced Cardiovascular Life Support (ACLS)", "Pediatric Advanced Life Support (PALS)"],
            resume.Certificates.Select(c => c.Name));
    }

    /// <summary>LinkedIn's shape: a narrow sidebar of contact and certificates (each name wrapped by the column, no
    /// bullets, no issuers), the name and experience in the main column.</summary>
    private static byte[] SidebarCertificates(params string[] certificates)
    {
        const double side = 16, main = 200;
        const string email = "hana.lindqvist@example.com";
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document, top: 40))
        {
            var y = c.Y;
            var sideWidth = c.Width(email, 9.5); // the column is as wide as its widest line
            void Side(string text, double size = 9.5, bool bold = false, double step = 12)
            {
                c.Draw(text, side, size, bold, y);
                y += step;
            }
            Side("Contact", 12, true, 18);
            Side(email);
            Side("+46 70 123 45 67", step: 20);
            Side("Certifications", 12, true, 18);
            foreach (var certificate in certificates)
            {
                // Wrapped where the column ends, as the browser breaks the line.
                var words = certificate.Split(' ');
                var line = "";
                foreach (var word in words)
                {
                    var next = line.Length == 0 ? word : line + " " + word;
                    if (c.Width(next, 9.5) > sideWidth && line.Length > 0)
                    {
                        Side(line);
                        line = word;
                    }
                    else
                    {
                        line = next;
                    }
                }
                Side(line, step: 14);
            }

            c.Draw("Hana Lindqvist", main, 26);
            c.Advance(30);
            c.Draw("Nurse Manager", main, 12);
            c.Advance(30);
            c.Draw("Experience", main, 16);
            c.Advance(22);
            c.Draw("Brightwater Health", main, 12);
            c.Advance(15);
            c.Draw("Charge Nurse", main, 10.5);
            c.Advance(13);
            c.Draw("June 2019 - Present", main, 10.5);
            c.Advance(15);
            c.Paragraph("Led a team of 14 nurses on a 30-bed surgical ward and cut handover errors by a third.", main, 360, 10.5);
        }
        return document.ToBytes();
    }
}
