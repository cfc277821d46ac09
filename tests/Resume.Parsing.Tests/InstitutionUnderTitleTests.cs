using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>
/// A header of dates and a title over a plain line naming the institute, then the tasks: the plain line is the employer
/// set in the body's face, not the first task.
/// </summary>
public sealed class InstitutionUnderTitleTests
{
    private const string Resume = """
        Lena Brauer
        lena.brauer@example.com

        PRAXISERFAHRUNG
        01/10/2020 - aktuell    Wissenschaftliche Hilfskraft
        Institut für Regelungstechnik (TUH)
        • Betreuung der Übungen im Fach Regelungstechnik I
        01/03/2019 - 31/08/2019    Wissenschaftliche Hilfskraft
        Institut für Werkstoffkunde (TUH)
        • Auswertung von Zugversuchen
        • Pflege der Prüfprotokolle
        """;

    [Fact]
    public void A_line_naming_an_institute_under_a_title_with_no_employer_is_the_employer()
    {
        var resume = Read(Resume);

        Assert.Equal(["Institut für Regelungstechnik (TUH)", "Institut für Werkstoffkunde (TUH)"], resume.Work.Select(w => w.Name!));
        Assert.Equal([1, 2], resume.Work.Select(w => w.Highlights.Count));
    }

    [Fact]
    public void A_task_that_mentions_an_institute_in_a_sentence_stays_a_task()
    {
        var resume = Read(Resume.Replace("Institut für Werkstoffkunde (TUH)", "• Versuche gemeinsam mit dem Institut für Werkstoffkunde durchgeführt."));

        Assert.DoesNotContain(resume.Work, w => w.Name is { } name && name.Contains("Werkstoffkunde"));
        Assert.Equal(3, resume.Work[1].Highlights.Count);
    }
}
