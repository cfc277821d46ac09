using PdfSharp.Pdf;
using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>An entry's line that ends on a linking word ("… Vermögens- und", "… Innovation en") was wrapped by its column:
/// the next line finishes the name, and the title and employer part as one line would.</summary>
public sealed class OpenEndingTests
{
    [Fact]
    public void A_cell_wrapped_after_und_is_finished_by_the_line_under_it()
    {
        var resume = Read("""
            Anke Vollmer
            anke.vollmer@example.com

            BERUFSERFAHRUNG
            2019 - 2021      Stellvertretende Leitung bei Hallmann Vermögens- und
                             Immobilienverwaltung
            • Betreute 120 Mietparteien
            """);

        Assert.Equal(("Hallmann Vermögens- und Immobilienverwaltung", "Stellvertretende Leitung"), (resume.Work[0].Name, resume.Work[0].Position));
    }

    [Fact]
    public void A_title_dashed_onto_an_employer_wrapped_after_en_parts_from_the_whole_name()
    {
        const double left = 60, cell = 150, right = 535;
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            c.Draw("Maëlle Durand", left, 22, bold: true);
            c.Advance(22);
            c.Draw("maelle.durand@example.com", left, 9.5);
            c.Advance(26);
            c.Draw("EXPÉRIENCE PROFESSIONNELLE", left, 12, bold: true);
            c.Advance(18);
            foreach (var (dates, first, second, item) in new[]
            {
                ("2021 – 2024", "Chargée de mission — Agence Régionale pour l'Innovation en", "Nouvelle-Aquitaine", "Suivi de quarante projets de recherche"),
                ("2018 – 2021", "Assistante de projet — Maison de la Culture de", "Bourges", "Organisation de trois festivals"),
            })
            {
                c.Draw(dates, left, 10);
                c.Draw(first, cell, 10);
                c.Advance(12.5);
                c.Draw(second, cell, 10);
                c.Advance(13);
                c.Paragraph(item, cell + 10, right - cell - 10, 10, "•");
                c.Advance(8);
            }
        }
        var resume = Read(document.ToBytes());

        Assert.Equal([("Agence Régionale pour l'Innovation en Nouvelle-Aquitaine", "Chargée de mission"), ("Maison de la Culture de Bourges", "Assistante de projet")],
            resume.Work.Select(w => (w.Name, w.Position)));
    }
}

/// <summary>Titles and employers named in the words of the languages resumes are written in, and how long a placement
/// lasted in them, read whichever order the line keeps.</summary>
public sealed class EuropeanRoleWordTests
{
    [Theory]
    [InlineData("Kita Sonnenschein | Erzieherin", "Kita Sonnenschein", "Erzieherin")]
    [InlineData("Centre Hospitalier de Vienne | Infirmière", "Centre Hospitalier de Vienne", "Infirmière")]
    [InlineData("Supermercado El Sol | Cajera", "Supermercado El Sol", "Cajera")]
    [InlineData("Scuola Primaria Rodari | Insegnante", "Scuola Primaria Rodari", "Insegnante")]
    [InlineData("Ziekenhuis Rivierenland | Verpleegkundige", "Ziekenhuis Rivierenland", "Verpleegkundige")]
    [InlineData("Prefeitura de Itabira | Atendente", "Prefeitura de Itabira", "Atendente")]
    [InlineData("Cafetería Los Arcos | Atención al cliente", "Cafetería Los Arcos", "Atención al cliente")]
    public void An_employer_set_before_its_title_is_known_by_their_words(string line, string employer, string title)
    {
        var resume = Read($"""
            Sam Okafor
            sam.okafor@example.com

            EXPERIENCE
            {line}          2019 - 2022
            • Worked the early shift
            """);

        Assert.Equal((employer, title), (resume.Work[0].Name, resume.Work[0].Position));
    }

    [Theory]
    [InlineData("Praktikum bei Brunnhuber Gartenbau (3 Wochen)", "Brunnhuber Gartenbau")]
    [InlineData("Cajera – Mini Mercado Las Palmas (2 meses)", "Mini Mercado Las Palmas")]
    [InlineData("Stagiaire chez Boulangerie Ravel (6 semaines)", "Boulangerie Ravel")]
    public void How_long_a_placement_lasted_is_no_part_of_its_employer(string line, string employer)
    {
        var resume = Read($"""
            Sam Okafor
            sam.okafor@example.com

            EXPERIENCE
            2019          {line}
            • Worked the early shift
            """);

        Assert.Equal(employer, resume.Work[0].Name);
    }
}
