using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>The Europass CV's labels are read in the language they are written in, however they wrap.</summary>
public sealed class EuropassGermanTests
{
    private static readonly Person Nurse = new()
    {
        Name = "Katrin Vogelsang",
        Label = "Gesundheits- und Krankenpflegerin",
        Summary = "",
        Email = "k.vogelsang@example.de",
        Phone = "+49 170 5550142",
        City = "Erfurt",
        Region = "Thüringen",
        Jobs =
        [
            new("Helios Klinikum Erfurt", "Stationsleitung Kardiologie", new(2019, 4, 1), null, "Erfurt",
            [
                "Leitung eines Teams von 18 Pflegekräften im Dreischichtsystem",
                "Einführung der Digitalen Pflegedokumentation auf zwei Stationen",
            ]),
            new("Katholisches Krankenhaus St. Johann", "Gesundheits- und Krankenpflegerin", new(2014, 10, 1), new(2019, 3, 1), "Weimar",
            [
                "Betreuung von Patienten nach Herzkatheter-Untersuchungen",
            ]),
        ],
        Schools =
        [
            new("Staatliche Berufsbildende Schule Gesundheit Erfurt", "Ausbildung", "Gesundheits- und Krankenpflege", new(2011, 9, 1), new(2014, 8, 1)),
        ],
    };

    private static readonly Resume.Model.ResumeDocument Resume = Read(EuropassShapes.German(Nurse, DateStyle.Numeric));

    [Fact]
    public void German_labels_name_the_fields_of_each_job_and_the_employer_drops_its_address()
    {
        Assert.Equal(Nurse.Jobs.Select(j => (j.Company, j.Position)), Resume.Work.Select(w => (w.Name!, w.Position!)));
        Assert.Equal(["2019-04", "2014-10"], Resume.Work.Select(w => w.StartDate));
    }

    [Fact]
    public void A_dash_list_under_its_label_keeps_each_item_whole_where_a_wrapped_line_opens_with_a_capital()
    {
        Assert.Equal(Nurse.Jobs.Select(j => j.Highlights), Resume.Work.Select(w => w.Highlights));
    }

    [Fact]
    public void A_name_written_surname_first_under_its_label_is_given_name_first()
    {
        Assert.Equal(Nurse.Name, Resume.Basics.Name);
    }

    [Fact]
    public void German_education_labels_name_the_school_the_qualification_and_the_subjects()
    {
        Assert.Equal(Nurse.Schools.Select(s => (s.Institution, s.Degree, s.Area)), Resume.Education.Select(e => (e.Institution!, e.StudyType!, e.Area!)));
    }
}
