using UongBi.Recruitment.EndToEnd.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace UongBi.Recruitment.EndToEnd;

/// <summary>The new-candidate form refuses bad input field by field, in Vietnamese, and saves nothing.</summary>
[Collection(AppCollection.Name)]
public sealed class CandidateFormValidationTests(AppFixture app)
{
    private static readonly UiLanguage Vi = UiLanguage.Vietnamese;

    [Fact]
    public async Task NewCandidateForm_BadInputInEachField_ShowsEachMessageUnderItsFieldAndSavesNothing()
    {
        await using var session = await app.NewSessionAsync(DemoAccounts.BacSon);
        var page = session.Page;
        await session.GotoAsync("/candidates");
        await session.WaitForInteractiveAsync();
        var list = new CandidatesList(page);
        var before = await list.TotalAsync();

        await page.GetByTestId("candidate-new").ClickAsync();
        await page.WaitForURLAsync("**/candidates/new");
        var form = new CandidateFormPage(page);
        await Expect(session.Heading).ToHaveTextAsync("Thêm quần chúng");
        await Expect(form.FullName).ToBeFocusedAsync();
        await Expect(form.Ward).ToHaveTextAsync("Bắc Sơn");
        await Expect(form.SourceOn).ToHaveValueAsync(VietnamDates.Text(VietnamDates.Today));
        await session.ScreenshotAsync("candidate-new-empty", Vi);

        // Everything else valid, so each message below is about the one bad value.
        await form.Gender.ChooseAsync("Nữ");
        await form.Cell.ChooseAsync("Chi bộ Khu 5");
        await form.Category.ChooseAsync(CandidateFormPage.YouthUnionMember);
        await form.FullName.EnterAsync("Nguyễn Văn 3");
        await form.CitizenId.EnterAsync("03420500123");
        await form.Phone.EnterAsync("123");
        await form.BirthDate.EnterDateAsync(VietnamDates.Today.AddYears(1));
        await form.SourceOn.EnterAsync("hôm qua");
        await form.SaveButton.ClickAsync();

        await Expect(form.FullName).ToHaveAccessibleDescriptionAsync("Họ tên chỉ gồm chữ cái, dấu cách, dấu chấm, gạch nối.");
        await Expect(form.CitizenId).ToHaveAccessibleDescriptionAsync("Số CCCD gồm đúng 12 chữ số.");
        await Expect(form.Phone).ToHaveAccessibleDescriptionAsync("Số điện thoại gồm 10 chữ số, bắt đầu bằng 0 (hoặc +84).");
        await Expect(form.BirthDate).ToHaveAccessibleDescriptionAsync("Ngày sinh không hợp lệ (tuổi từ 14 đến 100).");
        await Expect(form.SourceOn).ToHaveAccessibleDescriptionAsync("Ngày không hợp lệ.");
        await Expect(form.FieldErrors).ToHaveCountAsync(5);
        foreach (var field in new[] { form.FullName, form.CitizenId, form.Phone, form.BirthDate, form.SourceOn })
        {
            await Expect(field).ToHaveAttributeAsync("aria-invalid", "true");
        }

        // The form stays, with what was typed, and nothing was saved.
        await Expect(form.SourceOn).ToHaveValueAsync("hôm qua");
        new Uri(page.Url).AbsolutePath.ShouldBe("/candidates/new");
        await session.ShouldShowNoErrorUiAsync();
        await session.ScreenshotAsync("candidate-new-errors", Vi);

        await session.GotoAsync("/candidates");
        await session.WaitForInteractiveAsync();
        (await list.TotalAsync()).ShouldBe(before);
        session.ConsoleErrors.ShouldBeEmpty();
    }
}
