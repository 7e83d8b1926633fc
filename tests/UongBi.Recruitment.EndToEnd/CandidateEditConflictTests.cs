using Microsoft.Playwright;
using UongBi.Recruitment.EndToEnd.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace UongBi.Recruitment.EndToEnd;

/// <summary>Two people editing one record: the second save is refused with what changed, and the first is kept.</summary>
[Collection(AppCollection.Name)]
public sealed class CandidateEditConflictTests(AppFixture app)
{
    private static readonly UiLanguage Vi = UiLanguage.Vietnamese;

    [Fact]
    public async Task EditForm_SavedMeanwhileInAnotherBrowser_ShowsConflictNamingThePhoneAndKeepsTheFirstChange()
    {
        var person = TestPerson.NewWoman();
        var dates = PathDates.DecidedOn(VietnamDates.Today.AddMonths(-1));
        await using var first = await app.NewSessionAsync(DemoAccounts.BacSon);
        await first.GotoAsync("/candidates/new");
        await first.WaitForInteractiveAsync();
        var firstForm = new CandidateFormPage(first.Page);
        await firstForm.FillNewCandidateAsync(person, dates);
        var id = await firstForm.SaveAndOpenRecordAsync();
        var originalAddress = await new CandidateRecordPage(first.Page).Fact("Địa chỉ").InnerTextAsync();

        // The same secretary on a second device opens the same form; so does the first browser.
        await using var second = await app.NewSessionAsync(DemoAccounts.BacSon);
        await second.GotoAsync($"/candidates/{id}/edit");
        await second.WaitForInteractiveAsync();
        var secondForm = new CandidateFormPage(second.Page);
        await Expect(secondForm.Phone).ToHaveValueAsync(person.Phone);
        await first.GotoAsync($"/candidates/{id}/edit");
        await first.WaitForInteractiveAsync();
        await Expect(firstForm.Phone).ToHaveValueAsync(person.Phone);

        // The first changes the phone and saves.
        const string newPhone = "0912345678";
        await firstForm.Phone.EnterAsync(newPhone);
        (await firstForm.SaveAndOpenRecordAsync()).ShouldBe(id);
        await Expect(new CandidateRecordPage(first.Page).Fact("Điện thoại")).ToHaveTextAsync(newPhone);

        // The second, still on the old version, changes the address: refused, naming what the other changed.
        const string newAddress = "Tổ 3, Khu 5, phường Bắc Sơn, thành phố Uông Bí";
        await secondForm.Address.EnterAsync(newAddress);
        await secondForm.SaveButton.ClickAsync();
        await Expect(secondForm.Conflict).ToContainTextAsync("Hồ sơ vừa được người khác sửa. Chưa lưu thay đổi của bạn.");
        // The way out is said, and the button says it throws the typed change away.
        await Expect(secondForm.Conflict).ToContainTextAsync("tải hồ sơ mới nhất rồi nhập lại và lưu");
        await Expect(secondForm.Conflict.GetByRole(AriaRole.Button)).ToHaveTextAsync("Tải hồ sơ mới nhất (bỏ phần bạn vừa nhập)");
        await Expect(secondForm.Conflict.Locator("strong")).ToHaveTextAsync("Điện thoại");
        new Uri(second.Page.Url).AbsolutePath.ShouldBe($"/candidates/{id}/edit");
        await second.ShouldShowNoErrorUiAsync();
        await second.ScreenshotAsync("candidate-edit-conflict", Vi);

        // The record keeps the first change and not the second.
        await second.GotoAsync($"/candidates/{id}");
        var record = new CandidateRecordPage(second.Page);
        await Expect(record.Fact("Điện thoại")).ToHaveTextAsync(newPhone);
        await Expect(record.Fact("Địa chỉ")).ToHaveTextAsync(originalAddress);
        first.ConsoleErrors.ShouldBeEmpty();
        second.ConsoleErrors.ShouldBeEmpty();
    }
}
