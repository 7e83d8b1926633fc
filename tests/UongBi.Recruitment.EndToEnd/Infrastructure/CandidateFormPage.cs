using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace UongBi.Recruitment.EndToEnd.Infrastructure;

/// <summary>The candidate form (/candidates/new and /candidates/{id}/edit), read and filled the way a user does.</summary>
public sealed partial class CandidateFormPage(IPage page)
{
    public const string YouthUnionMember = "Đoàn viên thanh niên";

    public ILocator FullName => page.GetByTestId("field-FullName");

    public ILocator BirthDate => page.GetByTestId("field-BirthDate");

    public ILocator Gender => page.GetByTestId("field-Gender");

    public ILocator CitizenId => page.GetByTestId("field-CitizenId");

    public ILocator Phone => page.GetByTestId("field-Phone");

    public ILocator Address => page.GetByTestId("field-Address");

    public ILocator Ward => page.GetByTestId("field-WardId");

    public ILocator Cell => page.GetByTestId("field-CellId");

    public ILocator Category => page.GetByTestId("field-Category");

    public ILocator SourceOn => page.GetByTestId("field-SourceOn");

    public ILocator CertificateNumber => page.GetByTestId("field-CertificateNumber");

    public ILocator CertificateOn => page.GetByTestId("field-CertificateOn");

    public ILocator ApplicationOn => page.GetByTestId("field-ApplicationOn");

    public ILocator PersonalHistoryOn => page.GetByTestId("field-PersonalHistoryOn");

    public ILocator IntroductionOn => page.GetByTestId("field-IntroductionOn");

    public ILocator SaveButton => page.GetByTestId("candidate-save");

    /// <summary>The alert shown when someone else saved the record since the form was loaded.</summary>
    public ILocator Conflict => page.GetByTestId("candidate-conflict");

    /// <summary>The messages MudBlazor shows under invalid fields.</summary>
    public ILocator FieldErrors => page.Locator(".mud-input-helper-text.mud-input-error");

    /// <summary>Fills the personal and organisation fields of a woman of Khu 5's cell, a youth union member.</summary>
    public async Task FillNewCandidateAsync(TestPerson person, PathDates dates, string cell = "Chi bộ Khu 5")
    {
        await Expect(FullName).ToBeEditableAsync();
        await FullName.EnterAsync(person.FullName);
        await BirthDate.EnterDateAsync(dates.BirthDate);
        await Gender.ChooseAsync("Nữ");
        await CitizenId.EnterAsync(person.CitizenId);
        await Phone.EnterAsync(person.Phone);
        await Address.EnterAsync("Khu 5, phường Bắc Sơn, thành phố Uông Bí");
        await Expect(Ward).ToHaveTextAsync("Bắc Sơn");
        await Cell.ChooseAsync(cell);
        await Category.ChooseAsync(YouthUnionMember);
        await SourceOn.EnterDateAsync(dates.SourceOn);
    }

    /// <summary>The documents of the dossier stage: the awareness-course certificate, application, personal history, introduction.</summary>
    public async Task FillDossierAsync(PathDates dates, string certificateNumber)
    {
        await CertificateNumber.EnterAsync(certificateNumber);
        await CertificateOn.EnterDateAsync(dates.DocumentsOn);
        await ApplicationOn.EnterDateAsync(dates.DocumentsOn);
        await PersonalHistoryOn.EnterDateAsync(dates.DocumentsOn);
        await IntroductionOn.EnterDateAsync(dates.DocumentsOn);
    }

    /// <summary>Presses Lưu and waits for the record page the app opens after saving; returns the record's id.</summary>
    public async Task<int> SaveAndOpenRecordAsync()
    {
        await SaveButton.ClickAsync();
        await page.WaitForURLAsync(RecordAddress());
        await Expect(page.GetByTestId("candidate-name")).ToBeVisibleAsync();
        return int.Parse(RecordAddress().Match(page.Url).Groups["id"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"/candidates/(?<id>\d+)$")]
    private static partial Regex RecordAddress();
}
