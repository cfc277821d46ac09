using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>Section names that Turkish, Slovak and Spanish resumes write (invented people): "İş Tecrübesi" and "Staj" for
/// the jobs, "Proje", "Yabancı Dil" and "Programlama"; a Slovak builder's "Kurz alebo certifikát" and "Záujmy alebo
/// koníčky"; a student's "Actividades extracurriculares", which are clubs and offices as the English heading's are.</summary>
public sealed class BuilderHeadingWordsTests
{
    [Fact]
    public void A_turkish_cv_names_its_jobs_projects_languages_and_programming_in_its_own_words()
    {
        var resume = Read("Deniz Kaya\ndeniz.kaya@example.com.tr\n\nİş Tecrübesi\nYazılım Geliştirici, Mavi Liman Yazılım A.Ş.\t03.2021 - 02.2024\n"
            + "\nProje\nAkıllı sulama sistemi\t2022\n\nYabancı Dil\nİngilizce (İleri Seviye)\n\nProgramlama\nC#, Python, SQL\n");

        var job = Assert.Single(resume.Work);
        Assert.Equal(("Mavi Liman Yazılım A.Ş.", "2021-03", "2024-02"), (job.Name, job.StartDate, job.EndDate));
        Assert.NotEmpty(resume.Projects);
        Assert.Equal(["C#", "Python", "SQL"], resume.Keywords());
        Assert.Single(resume.Languages);
    }

    [Fact]
    public void A_slovak_builders_course_or_certificate_and_interests_or_hobbies_open_their_sections()
    {
        var resume = Read("Jana Nováková\njana.novakova@example.sk\n\nPRACOVNÉ SKÚSENOSTI\nPredavačka, Kníhkupectvo Lipa s.r.o.\t02/2024 - 05/2024\n"
            + "\nKURZ ALEBO CERTIFIKÁT\nISTQB Certifikovaný tester\tApríl 2025\n\nZÁUJMY ALEBO KONÍČKY\nJóga, Fotografovanie\n");

        Assert.Equal("ISTQB Certifikovaný tester", Assert.Single(resume.Certificates).Name);
        Assert.Equal(["Jóga", "Fotografovanie"], resume.Interests.Select(i => i.Name));
    }

    [Fact]
    public void Spanish_extracurricular_activities_are_volunteer_posts()
    {
        var resume = Read("Lucía Herrera\nlucia.herrera@example.mx\n\nExperiencia\nBecaria de datos, Grupo Alameda\t01/2023 - 06/2023\n"
            + "\nActividades extracurriculares\nClub de Robótica\t08/2021 - 05/2022\nCoordinadora de logística\n");

        Assert.Equal("Grupo Alameda", Assert.Single(resume.Work).Name);
        Assert.Equal("Club de Robótica", Assert.Single(resume.Volunteer).Organization);
    }
}
