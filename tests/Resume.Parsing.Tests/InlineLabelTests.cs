namespace Resume.Parsing.Tests;

/// <summary>A label that names a kind of section, closed by a colon, leading a line inside another section
/// ("Scholarships/Awards: …" under a degree): what follows it is that kind's items, not the entry's text.</summary>
public class InlineLabelTests
{
    [Fact]
    public void AwardsLabelUnderADegreeListsAwards()
    {
        var resume = Parsing.Read(string.Join("\n",
            "Mirela Tavosk",
            "mirela.tavosk@example.com | +1 555 014 2291",
            "",
            "EDUCATION",
            "Northfield State University, Aug 2018 - May 2022",
            "Bachelor of Science in Computer Science",
            "GPA 3.8/4.0",
            "Scholarships/Awards: Harbor Light Fellow, Orchard Fund Scholar, Tidewater Travel",
            "Grant Recipient, Summit Leaders Fellow",
            "",
            "EXPERIENCE",
            "Software Engineer, Quillborne Labs, Jun 2022 - Present",
            "- Built the billing service"));

        Assert.Contains(resume.Awards, a => a.Title == "Harbor Light Fellow");
        Assert.Contains(resume.Awards, a => a.Title == "Tidewater Travel Grant Recipient");
        Assert.Contains(resume.Awards, a => a.Title == "Summit Leaders Fellow");
        Assert.Single(resume.Education);
    }

    [Fact]
    public void GermanAwardsBulletUnderADegreeListsAwards()
    {
        var resume = Parsing.Read(string.Join("\n",
            "Jonas Ebersfeld",
            "jonas.ebersfeld@example.de",
            "",
            "AUSBILDUNG",
            "Hochschule Nordtal | M. Sc. Informatik | Oktober 2023 - heute",
            "• Note: 1,5",
            "• Auszeichnungen: Deutschlandstipendium 2024/25, Deutschlandstipendium 2023/24",
            "Hochschule Nordtal | B. Sc. Informatik | Oktober 2019 - September 2023",
            "• Note: 1,3",
            "",
            "BERUFSERFAHRUNG",
            "Werkstudent Softwareentwicklung, Lindwerk GmbH, 03/2022 - heute",
            "• Pflege der Testumgebung"));

        Assert.Contains(resume.Awards, a => a.Title == "Deutschlandstipendium 2024/25");
        Assert.Equal(2, resume.Education.Count);
    }

    [Fact]
    public void ASchoolLineUnderTheLabelIsNoWrappedAward()
    {
        var resume = Parsing.Read(string.Join("\n",
            "Priya Valkenburg",
            "priya.valkenburg@example.com",
            "",
            "EDUCATION",
            "B.S. in Computer Science, Dec 2023",
            "Honors: Dean's List, Academic Excellence Scholarship",
            "Westbrook Institute of Technology (WIT)",
            "",
            "EXPERIENCE",
            "Designer, Fernleaf Studio, Jan 2024 - Present",
            "- Drew the onboarding screens"));

        Assert.Contains(resume.Awards, a => a.Title == "Academic Excellence Scholarship");
        Assert.DoesNotContain(resume.Awards, a => a.Title!.Contains("Westbrook"));
    }
}
