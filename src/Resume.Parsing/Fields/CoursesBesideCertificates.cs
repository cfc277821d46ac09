using System.Text.RegularExpressions;
using Resume.Model;
using Resume.Parsing.Structure;

namespace Resume.Parsing.Fields;

/// <summary>
/// "Courses" and "Certifications" as two sections of one resume: the writer has told the two apart, so what the courses
/// section lists (workshops, tutorials, trainings taken) is not a certificate. A courses heading alone stays a list of
/// certificates, as most resumes with no other such section mean it ("Cursos", "Weiterbildung").
/// </summary>
internal static partial class CoursesBesideCertificates
{
    /// <summary>The section lists courses, and another section of the same resume lists the certificates.</summary>
    public static bool Applies(Section section, IReadOnlyList<Section> sections) =>
        NamesCoursesOnly(section.Heading)
        && sections.Any(s => !ReferenceEquals(s, section) && s.Kind == SectionKinds.Certificates && HeadingLexicon.NamesCertificates(s.Heading));

    /// <summary>"Courses", "Trainings", "Weiterbildung", "Formations complémentaires", "Cursos", "Corsi", "Cursussen": a
    /// heading that names what was studied and says nothing of a certificate or licence.</summary>
    private static bool NamesCoursesOnly(string heading) =>
        CourseWords().IsMatch(HeadingLexicon.Key(heading)) && !HeadingLexicon.NamesCertificates(heading);

    [GeneratedRegex("course|cours|curso|corsi|kurs|cursus|training|trainings|weiterbild|fortbild|lehrgang|lehrgange|seminar|workshop|formation|formacao|formacion|formazione|capacita|opleiding|bijscholing|professionaldevelopment|continuingeducation")]
    private static partial Regex CourseWords();
}
