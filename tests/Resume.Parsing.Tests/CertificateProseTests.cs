using PdfSharp.Pdf;
using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>A certificate is a named credential: the notes, sentences and descriptions set in a certificates list are not
/// certificates, a remark in brackets is no issuer, and a name wrapped in a sidebar whose items are parted by space is one
/// name.</summary>
public sealed class CertificateProseTests
{
    [Fact]
    public void A_references_note_closing_the_list_is_no_certificate()
    {
        var resume = Read("""
            Imogen Castellane
            imogen.castellane@example.com

            CERTIFICATES
            • Level 3 Personal Training | 2021
            • Outdoor First Aid Certificate
            • References available upon request
            """);

        Assert.Equal(["Level 3 Personal Training", "Outdoor First Aid Certificate"], resume.Certificates.Select(c => c.Name));
    }

    [Fact]
    public void What_a_course_covered_said_in_sentences_under_it_is_no_certificate()
    {
        var resume = Read("""
            Teodor Brannvik
            teodor.brannvik@example.com

            FURTHER TRAINING
            Distributed Systems Lab, 03/2019
            • Built a message queue for several hundred small services.
            • Tuned single processes and measured their memory use.
            """);

        Assert.Equal(["Distributed Systems Lab"], resume.Certificates.Select(c => c.Name));
    }

    [Fact]
    public void A_remark_in_brackets_is_part_of_the_name_and_a_comma_inside_brackets_parts_nothing()
    {
        var resume = Read("""
            Lívia Sarmento
            livia.sarmento@example.com

            CERTIFICATES
            Planilhas e Textos (curso técnico)
            React, Bootstrap (em andamento)
            Curso stack(node, vue, postgres, docker) pela Plataforma Norte
            Cloud Foundations (Northwind Academy)
            """);

        Assert.Equal(["Planilhas e Textos (curso técnico)", "React, Bootstrap (em andamento)",
            "Curso stack(node, vue, postgres, docker) pela Plataforma Norte", "Cloud Foundations"], resume.Certificates.Select(c => c.Name));
        Assert.Equal("Northwind Academy", resume.Certificates[3].Issuer);
    }

    [Fact]
    public void What_a_credential_covers_after_a_colon_is_no_part_of_its_name()
    {
        var resume = Read("""
            Rosalind Achterberg
            rosalind.a@example.com

            CERTIFICATIONS
            • Bench Technician Certification: certifies ability to install, repair and test lab hardware
            """);

        Assert.Equal(["Bench Technician Certification"], resume.Certificates.Select(c => c.Name));
    }

    [Fact]
    public void In_a_sidebar_whose_items_are_parted_by_space_a_name_wrapped_over_lines_is_one_certificate()
    {
        var bytes = SidebarList(
            [("Office Suite 2019 Industry", true), ("Certified in Word and", true), ("Excel", false)],
            [("Career and Trade Skill", true), ("Certificates in: Retail", true), ("Marketing and Sales", false)],
            [("Forklift Operator Licence", true)]);
        var resume = Read(bytes);

        Assert.Equal(["Office Suite 2019 Industry Certified in Word and Excel",
            "Career and Trade Skill Certificates in: Retail Marketing and Sales", "Forklift Operator Licence"],
            resume.Certificates.Select(c => c.Name));
    }

    /// <summary>A page with its main column at the left and a narrow sidebar at the right holding a certificates list:
    /// each item's lines at the type's leading, a wider space between items.</summary>
    private static byte[] SidebarList(params (string Text, bool Bold)[][] items)
    {
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document, top: 40))
        {
            c.Draw("Marisol Quennell", 50, 24);
            c.Advance(30);
            c.Draw("marisol.quennell@example.com", 50, 10);
            c.Advance(30);
            var top = c.Y;
            c.Draw("EXPERIENCE", 50, 12, bold: true);
            c.Advance(18);
            c.Draw("Harbourside Outfitters, Sales Associate", 50, 10.5);
            c.Advance(14);
            c.Draw("June 2019 - Present", 50, 10.5);
            c.Advance(14);
            c.Draw("Served customers at the tills and kept the stockroom in order every week.", 50, 9);
            c.Y = top;
            c.Draw("CERTIFICATES", 420, 9, bold: true);
            c.Advance(24);
            foreach (var item in items)
            {
                foreach (var (text, bold) in item)
                {
                    c.Draw(text, 420, 9, bold: bold);
                    c.Advance(14.7);
                }
                c.Advance(6);
            }
        }
        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }
}
