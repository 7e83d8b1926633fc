using SpreadCheetah;
using UongBi.Recruitment.Web.Infrastructure.Auth;

namespace UongBi.Recruitment.Web.Infrastructure.Excel;

/// <summary>
/// A workbook written straight into the response as its rows are produced (no workbook in memory), under a
/// server-made file name, never cached, and recorded in the audit log with the number of rows once complete.
/// </summary>
/// <param name="FileName">The server's own name; sent per RFC 6266 by <see cref="SpreadsheetSafety.AttachmentHeader"/>.</param>
/// <param name="Report">What was exported, for the audit row ("candidates", "progress").</param>
/// <param name="Parameters">The filters, for the audit row; never personal data (no search text).</param>
/// <param name="Write">Writes the sheets; returns the number of data rows written.</param>
public sealed class XlsxDownload(string fileName, string report, string parameters, Func<Spreadsheet, CancellationToken, Task<int>> write) : IResult
{
    public string FileName => fileName;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.ContentType = ExcelWorkbook.ContentType;
        response.Headers.ContentDisposition = SpreadsheetSafety.AttachmentHeader(fileName);
        response.Headers.CacheControl = "no-store";
        var cancellationToken = httpContext.RequestAborted;

        // Recorded whatever happens: a download cut off near its end has still delivered its rows (zip tools can
        // repair the file), so an aborted export is audited too, with what had been written and "aborted".
        var rows = 0;
        var complete = false;
        try
        {
            await using (var body = new AsyncWriteStream(response.Body))
            {
                await using (var spreadsheet = await Spreadsheet.CreateNewAsync(body, ExcelWorkbook.Options(), cancellationToken))
                {
                    rows = await write(spreadsheet, cancellationToken);
                    await spreadsheet.FinishAsync(cancellationToken);
                }

                await body.FlushAsync(cancellationToken);
            }

            complete = true;
        }
        finally
        {
            var services = httpContext.RequestServices;
            await services.GetRequiredService<SecurityAudit>().ExportedAsync(
                services.GetRequiredService<CurrentUser>(), report, fileName, complete ? parameters : $"{parameters} (aborted)", rows, CancellationToken.None);
        }
    }
}
