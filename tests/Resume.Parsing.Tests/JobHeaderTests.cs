using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>How a job's header lines are told apart from a section's heading.</summary>
public sealed class JobHeaderTests
{
    [Fact]
    public void A_job_title_that_half_names_a_section_in_the_first_titles_face_stays_a_job()
    {
        var resume = Read(Page(
            Line(16, 730, "(Cedrine Povault) Tj"),
            Line(10, 712, "(cedrine.povault@example.com | +33 6 55 01 27 80) Tj"),
            Bold(14, 680, "(Experience) Tj"),
            Bold(12, 656, "(Analyste logistique \\(alternance\\)) Tj"),
            Line(10, 642, "(sept. 2024 - juin 2026 - Norvane Aviation, Calvelle) Tj"),
            Glyph(626, 86) + Line(10, 626, "(Suivi des flux entrants et des KPI) Tj", 98),
            Bold(12, 600, "(Chef de projet logistique \\(alternance\\)) Tj"),
            Line(10, 586, "(sept. 2023 - sept. 2024 - Brisquet Transports, Melloux) Tj"),
            Glyph(570, 86) + Line(10, 570, "(Supervision de vingt collaborateurs) Tj", 98),
            Bold(12, 544, "(Operateur logistique) Tj"),
            Line(10, 530, "(dec. 2018 - dec. 2019 - Sorvelle Depot, Tarnel) Tj"),
            Glyph(514, 86) + Line(10, 514, "(Preparation des commandes) Tj", 98),
            Bold(14, 480, "(Education) Tj"),
            Line(10, 460, "(Licence Logistique, Universite de Calvelle, 2023) Tj")));

        Assert.Equal(3, resume.Work.Count);
        Assert.Equal("Chef de projet logistique (alternance)", resume.Work[1].Position);
        Assert.Empty(resume.Projects);
    }

    private static string Line(double size, double y, string text, double x = 72) => $"BT /F1 {size} Tf {x} {y} Td\n{text}\nET\n";

    private static string Bold(double size, double y, string text, double x = 72) => $"BT /F2 {size} Tf {x} {y} Td\n{text}\nET\n";

    private static string Glyph(double y, double x) => $"BT /F1 10 Tf {x} {y} Td\n(\x95) Tj\nET\n";

    private static byte[] Page(params string[] lines) => RawPdf.HelveticaPage(lines);
}
