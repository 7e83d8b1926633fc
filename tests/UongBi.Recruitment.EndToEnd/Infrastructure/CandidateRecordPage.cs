using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace UongBi.Recruitment.EndToEnd.Infrastructure;

/// <summary>Votes for a cell or committee resolution: in favour, of the official members entitled to vote.</summary>
public sealed record Votes(int For, int Eligible);

/// <summary>A candidate's record (/candidates/{id}): its stage, deadlines, timeline, helpers and the advance dialog.</summary>
public sealed class CandidateRecordPage(IPage page)
{
    public ILocator Name => page.GetByTestId("candidate-name");

    /// <summary>The stage chip right after the name.</summary>
    public ILocator StageChip => page.Locator("[data-testid=candidate-name] + .mud-chip-container > .mud-chip");

    /// <summary>The "Thời hạn" panel: one [data-testid=deadline] line per open deadline, or "Không có thời hạn đang mở.".</summary>
    public ILocator Deadlines => page.GetByTestId("deadlines");

    public ILocator DeadlineLines => Deadlines.GetByTestId("deadline");

    public ILocator Timeline => page.GetByTestId("timeline");

    public ILocator EditLink => page.GetByTestId("candidate-edit");

    public ILocator AdvanceButton => page.GetByTestId("candidate-advance");

    public ILocator Dialog => page.Locator(".mud-dialog");

    public ILocator AdvanceDate => page.GetByTestId("advance-date");

    public ILocator AdvanceDocument => page.GetByTestId("advance-document");

    public ILocator VotesFor => page.GetByTestId("advance-votes-for");

    public ILocator VotesEligible => page.GetByTestId("advance-votes-eligible");

    public ILocator AdvanceSubmit => page.GetByTestId("advance-submit");

    /// <summary>The dialog's list of refusals, in words.</summary>
    public ILocator AdvanceErrors => page.GetByTestId("advance-errors");

    public ILocator HelperList => page.Locator("ul.plain-list li");

    /// <summary>The value next to a label in the profile ("Điện thoại", "Địa chỉ" …).</summary>
    public ILocator Fact(string label) => page.Locator($"dl.facts dt:text-is('{label}') + dd");

    /// <summary>The timeline row of a stage, with its date and document.</summary>
    public ILocator TimelineRow(PathStage stage) =>
        Timeline.Locator("tbody tr").Filter(new LocatorFilterOptions { Has = page.Locator($"td:text-is('{stage.Label}')") });

    public async Task ExpectStageAsync(PathStage stage) => await Expect(StageChip).ToHaveTextAsync(stage.Label);

    /// <summary>Assigns a helper (đảng viên giúp đỡ) from <paramref name="on"/> through the record's dialog.</summary>
    public async Task AssignHelperAsync(string name, DateOnly on)
    {
        await page.GetByTestId("helper-assign").ClickAsync();
        await Expect(Dialog).ToBeVisibleAsync();
        await page.GetByTestId("helper-name").EnterAsync(name);
        await page.GetByTestId("helper-on").EnterDateAsync(on);
        await page.GetByTestId("helper-save").ClickAsync();
        await Expect(Dialog).ToHaveCountAsync(0);
        await Expect(HelperList.Filter(new LocatorFilterOptions { HasText = name })).ToContainTextAsync(VietnamDates.Text(on));
    }

    /// <summary>Opens the advance dialog and fills it in for the next stage, without submitting.</summary>
    public async Task OpenAdvanceAsync(PathStage next, DateOnly on, string? document = null, Votes? votes = null)
    {
        await AdvanceButton.ClickAsync();
        await Expect(Dialog).ToContainTextAsync($"Chuyển sang bước {next.Label}");
        await AdvanceDate.EnterDateAsync(on);
        if (document is not null)
        {
            await AdvanceDocument.EnterAsync(document);
        }

        if (votes is not null)
        {
            await FillVotesAsync(votes);
        }
    }

    public async Task FillVotesAsync(Votes votes)
    {
        await VotesFor.EnterAsync(votes.For.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await VotesEligible.EnterAsync(votes.Eligible.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Submits the open advance dialog and waits until the record shows the new stage on that date.</summary>
    public async Task SubmitAdvanceAsync(PathStage next, DateOnly on)
    {
        await AdvanceSubmit.ClickAsync();
        await Expect(Dialog).ToHaveCountAsync(0);
        await ExpectStageAsync(next);
        await Expect(TimelineRow(next)).ToContainTextAsync(VietnamDates.Text(on));
    }

    /// <summary>Moves the candidate one stage on through the dialog, with the date, document and votes the stage needs.</summary>
    public async Task AdvanceAsync(PathStage next, DateOnly on, string? document = null, Votes? votes = null)
    {
        await OpenAdvanceAsync(next, on, document, votes);
        await SubmitAdvanceAsync(next, on);
    }

    /// <summary>
    /// From the source stage to the admission decision (stage 7) on the given dates, with two helpers and the
    /// dossier documents already on the record.
    /// </summary>
    public async Task AdvanceToDecisionAsync(PathDates dates)
    {
        await AssignHelperAsync("Trần Văn Hùng", dates.HelpersOn);
        await AssignHelperAsync("Nguyễn Thị Hoa", dates.HelpersOn);
        await AdvanceAsync(PathStage.Sympathiser, dates.SympathiserOn, "12-NQ/CB");
        await AdvanceAsync(PathStage.Dossier, dates.DossierOn);
        await AdvanceAsync(PathStage.Verification, dates.VerificationOn, "15-KL/CB");
        await AdvanceAsync(PathStage.CellResolution, dates.CellResolutionOn, "21-NQ/CB (6-KNĐ)", new Votes(18, 20));
        await AdvanceAsync(PathStage.CommitteeReview, dates.CommitteeReviewOn, "35-NQ/ĐU (8-KNĐ)", new Votes(11, 13));
        await AdvanceAsync(PathStage.Decision, dates.DecisionOn, "412-QĐ/TU (9-KNĐ)");
    }
}
