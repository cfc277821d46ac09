using PdfSharp.Pdf;
using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>
/// moderncv and its kind run an entry's fields into one line beside the dates: the title in bold, the employer in
/// italic, the town in the body's plain type. The faces part the fields even where the title holds no title word
/// ("Monitoria") and the town is one no list knows ("Vila Serena"): the piece naming an institution is the employer,
/// the plain one after them the place. A sentence under the entry that tells a date inside its words describes the
/// job; it opens no entry of its own.
/// </summary>
public sealed class FacedPlaceTests
{
    private static readonly (string Dates, string Title, string Employer, string Town, string Task)[] Jobs =
    [
        ("2021–Atual", "Monitoria", "Universidade Estadual de Vila Serena", "Vila Serena", "Monitor na disciplina de Química Geral desde março de 2021."),
        ("2019–2020", "Supernova Foguetes", "Universidade Estadual de Vila Serena", "Vila Serena", "Projetista do setor de eletrônica da equipe de foguetes."),
        ("2017–2018", "Programa Jovens Talentos", "Sistema Aurora Ltda", "Campo Alegre", "Aluno do programa de formação durante o segundo semestre."),
    ];

    [Fact]
    public void A_bold_title_an_italic_employer_and_a_plain_town_are_read_by_their_faces()
    {
        var resume = Read(Pdf());

        Assert.Equal(Jobs.Select(j => (j.Employer, j.Title, j.Town)), resume.Work.Select(w => (w.Name!, w.Position!, w.Location!)));
    }

    [Fact]
    public void A_sentence_telling_a_date_inside_its_words_stays_the_description_of_its_job()
    {
        var resume = Read(Pdf());

        Assert.Equal(Jobs.Length, resume.Work.Count);
        Assert.Equal("2021", resume.Work[0].StartDate);
    }

    private static byte[] Pdf()
    {
        const double dates = 60, body = 140, size = 10;
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            c.Draw("Renata Quintela Prado", body, 24);
            c.Advance(20);
            c.Draw("renata.prado@example.com", body, 9);
            c.Advance(28);
            c.Draw("Experiência Profissional", body, 14);
            c.Advance(18);
            foreach (var (when, title, employer, town, task) in Jobs)
            {
                c.Draw(when, dates, size);
                var x = c.Draw(title, body, size, bold: true);
                x = c.Draw(", ", x, size);
                x = c.Draw(employer, x, size, italic: true);
                c.Draw($", {town}", x, size);
                c.Advance(13);
                c.Draw(task, body, 9);
                c.Advance(18);
            }
        }
        return document.ToBytes();
    }
}
