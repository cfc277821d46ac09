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
}
