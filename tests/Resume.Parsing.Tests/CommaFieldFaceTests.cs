using PdfSharp.Pdf;
using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>
/// A LaTeX CV class (moderncv and its kind) runs an entry's fields into one line, "Title, Employer, Town.", the title in
/// bold, the employer in italic and the town in the body's plain type, with the dates in a column at the left: the faces
/// part the fields where the commas alone do not say which is which, even where the title holds no title word
/// ("Monitoria") and the town is one no list knows ("Vila Serena"): the piece naming an institution is the employer, the
/// plain one after them the place. A sentence under the entry that tells a date inside its words describes the job; it
/// opens no entry of its own.
/// </summary>
public sealed class CommaFieldFaceTests
{
    private sealed record Job(string Dates, string Title, string Employer, string Town, string Task);

    private static readonly Job[] English =
    [
        new("2019 – 2023", "Research engineer", "Institute of Coastal Studies", "Tarnby University", "Built the tide gauge archive and its nightly checks."),
        new("2016 – 2019", "Survey assistant", "Northmoor Mapping Office", "Brackenfield", "Levelled benchmarks along the estuary for the new flood map."),
        new("2014 – 2016", "Field technician", "Marrow Valley Geophysics", "Kelso Hall", "Kept the seismometers of the valley network running."),
    ];

    private static readonly Job[] Portuguese =
    [
        new("2021–Atual", "Monitoria", "Universidade Estadual de Vila Serena", "Vila Serena", "Monitor na disciplina de Química Geral desde março de 2021."),
        new("2019–2020", "Supernova Foguetes", "Universidade Estadual de Vila Serena", "Vila Serena", "Projetista do setor de eletrônica da equipe de foguetes."),
        new("2017–2018", "Programa Jovens Talentos", "Sistema Aurora Ltda", "Campo Alegre", "Aluno do programa de formação durante o segundo semestre."),
    ];

    [Fact]
    public void A_bold_title_and_an_italic_employer_run_into_one_line_are_read_by_their_faces()
    {
        var resume = Read(Pdf("Ilse Marrow", "Work Experience", English, closing: ".", education: true));

        Assert.Equal(English.Select(j => (j.Employer, j.Title)), resume.Work.Select(w => (w.Name!, w.Position!)));
    }

    [Fact]
    public void A_bold_title_an_italic_employer_and_a_plain_town_are_read_by_their_faces()
    {
        var resume = Read(Pdf("Renata Quintela Prado", "Experiência Profissional", Portuguese, closing: "", education: false));

        Assert.Equal(Portuguese.Select(j => (j.Employer, j.Title, j.Town)), resume.Work.Select(w => (w.Name!, w.Position!, w.Location!)));
    }

    [Fact]
    public void A_sentence_telling_a_date_inside_its_words_stays_the_description_of_its_job()
    {
        var resume = Read(Pdf("Renata Quintela Prado", "Experiência Profissional", Portuguese, closing: "", education: false));

        Assert.Equal(Portuguese.Length, resume.Work.Count);
        Assert.Equal("2021", resume.Work[0].StartDate);
    }

    private static byte[] Pdf(string name, string heading, Job[] jobs, string closing, bool education)
    {
        const double dates = 60, body = 160, size = 10;
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            c.Draw(name, body, 24);
            c.Advance(20);
            c.Draw($"{name.Split(' ')[0].ToLowerInvariant()}@example.com", body, 9);
            c.Advance(28);
            c.Draw(heading, body, 14);
            c.Advance(18);
            foreach (var job in jobs)
            {
                c.Draw(job.Dates, dates, size);
                var x = c.Draw(job.Title, body, size, bold: true);
                x = c.Draw(", ", x, size);
                x = c.Draw(job.Employer, x, size, italic: true);
                c.Draw($", {job.Town}{closing}", x, size);
                c.Advance(13);
                c.Draw(job.Task, body, size);
                c.Advance(18);
            }
            if (education)
            {
                c.Draw("Education", body, 14);
                c.Advance(18);
                c.Draw("2010 – 2014", dates, size);
                var e = c.Draw("Bachelor of Science in Geophysics", body, size, bold: true);
                e = c.Draw(", ", e, size);
                c.Draw("University of Tarnby", e, size, italic: true);
            }
        }
        return document.ToBytes();
    }
}
