using System.IO.Compression;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using NetworkAnalysis.Application.Inputs;
using NetworkAnalysis.Core;
using NetworkAnalysis.Server.Problems;

namespace NetworkAnalysis.Server.Uploads;

/// <summary>
/// Turns an upload into a network, treating it as hostile: a multipart body of the v1 CSV files (or of one
/// file in any format netan reads, or of one zip), or a zip body. Everything is unpacked into a private
/// temporary folder that is deleted afterwards; byte counts are enforced while copying (not trusted from
/// headers); zip entries with paths that climb (<c>../x</c>), absolute paths or too high a compression ratio
/// are refused. The network is parsed with the CLI's readers, so messages are the CLI's (file, line, problem).
/// </summary>
public sealed class UploadReader(ServerOptions options)
{
    private const int MaxFiles = 16;
    private const int MaxCompressionRatio = 200;

    /// <summary>Reads the request's upload into a network; the file names are returned for the version record.</summary>
    public async Task<(TransactionNetwork Network, IReadOnlyList<string> Files)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > options.MaxUploadBytes)
        {
            throw ProblemException.TooLarge($"the upload is larger than {options.MaxUploadBytes} bytes");
        }

        var folder = Directory.CreateTempSubdirectory("netan-upload-").FullName;
        try
        {
            var budget = new Budget(options.MaxUploadBytes, "the upload");
            var mediaType = request.ContentType is { } ct && MediaTypeHeaderValue.TryParse(ct, out var parsed) ? parsed : null;
            if (mediaType?.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase) == true)
            {
                await ReadMultipartAsync(request, mediaType, folder, budget, cancellationToken).ConfigureAwait(false);
            }
            else if (mediaType?.MediaType.Value is "application/zip" or "application/x-zip-compressed")
            {
                var zip = Path.Combine(folder, "upload.zip");
                await CopyAsync(request.Body, zip, budget, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                throw ProblemException.Unsupported($"upload multipart/form-data (the v1 CSV files, a zip of them, or one file netan reads) or application/zip, not {request.ContentType ?? "no content type"}");
            }

            ExpandZips(folder);
            var files = Directory.GetFiles(folder).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToArray();
            return (Parse(folder, files), files);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static TransactionNetwork Parse(string folder, string[] files)
    {
        try
        {
            if (files.Contains("agents.csv") || files.Contains("transactions.csv"))
            {
                return CaseInputs.ReadDataset(folder);
            }

            if (files.Length == 1)
            {
                return CaseInputs.ReadNetwork(Path.Combine(folder, files[0])).Network;
            }
        }
        catch (InputFormatException ex)
        {
            // The message names the file inside our temporary folder: show only the uploaded file name.
            throw ProblemException.BadDataset(ex.Message.Replace(folder + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal).Replace(folder, "upload", StringComparison.Ordinal));
        }

        throw ProblemException.BadDataset(files.Length == 0
            ? "the upload holds no file"
            : "upload the v1 CSV files (agents.csv, transactions.csv, optional groups.csv), a zip of them, or one file netan reads");
    }

    private async Task ReadMultipartAsync(HttpRequest request, MediaTypeHeaderValue mediaType, string folder, Budget budget, CancellationToken cancellationToken)
    {
        var boundary = HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value;
        if (string.IsNullOrEmpty(boundary) || boundary.Length > 200)
        {
            throw ProblemException.BadRequest("the multipart body has no valid boundary");
        }

        var reader = new MultipartReader(boundary, request.Body) { HeadersLengthLimit = 16 << 10 };
        var count = 0;
        while (await reader.ReadNextSectionAsync(cancellationToken).ConfigureAwait(false) is { } section)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) || !disposition.IsFileDisposition())
            {
                continue;
            }

            if (++count > MaxFiles)
            {
                throw ProblemException.BadDataset($"an upload holds at most {MaxFiles} files");
            }

            var name = SafeName(disposition.FileNameStar.Value ?? disposition.FileName.Value ?? string.Empty);
            await CopyAsync(section.Body, Path.Combine(folder, name), budget, cancellationToken).ConfigureAwait(false);
        }
    }

    private void ExpandZips(string folder)
    {
        var zips = Directory.GetFiles(folder, "*.zip");
        if (zips.Length == 0)
        {
            return;
        }

        if (zips.Length > 1 || Directory.GetFiles(folder).Length > 1)
        {
            throw ProblemException.BadDataset("upload one zip on its own, or the files without a zip");
        }

        var unpacked = new Budget(options.MaxUnpackedBytes, "the unpacked zip");
        try
        {
            using (var archive = ZipFile.OpenRead(zips[0]))
            {
                var files = archive.Entries.Where(e => !e.FullName.EndsWith('/')).ToList();
                if (files.Count > MaxFiles)
                {
                    throw ProblemException.BadDataset($"a zip holds at most {MaxFiles} files");
                }

                foreach (var entry in files)
                {
                    var name = SafeZipName(entry.FullName);
                    if (entry.CompressedLength > 0 && entry.Length / entry.CompressedLength > MaxCompressionRatio)
                    {
                        throw ProblemException.TooLarge($"{name}: compressed more than {MaxCompressionRatio} to 1 (a zip bomb?)");
                    }

                    var target = Path.Combine(folder, name);
                    if (File.Exists(target))
                    {
                        throw ProblemException.BadDataset($"{name}: in the zip twice");
                    }

                    using var input = entry.Open();
                    CopyAsync(input, target, unpacked, CancellationToken.None).GetAwaiter().GetResult();
                }
            }
        }
        catch (InvalidDataException ex)
        {
            throw ProblemException.BadDataset($"the zip is damaged: {ex.Message}");
        }

        File.Delete(zips[0]);
    }

    private static string SafeZipName(string fullName)
    {
        var parts = fullName.Split('/');
        if (fullName.StartsWith('/') || fullName.Contains('\\', StringComparison.Ordinal) || parts.Any(p => p is ".." or "."))
        {
            throw ProblemException.BadDataset($"'{fullName}': a zip entry may not climb out of its folder");
        }

        return SafeName(parts[^1]);
    }

    private static string SafeName(string name)
    {
        if (name.Length is 0 or > 100 || name.StartsWith('.') || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_'))
        {
            throw ProblemException.BadDataset($"'{name}': file names are 1-100 letters, digits, '.', '-' or '_' and do not start with '.'");
        }

        return name;
    }

    private static async Task CopyAsync(Stream input, string path, Budget budget, CancellationToken cancellationToken)
    {
        await using var output = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
        var buffer = new byte[1 << 16];
        int read;
        while ((read = await input.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            budget.Take(read);
            await output.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
        }
    }

    private sealed class Budget(long limit, string what)
    {
        private long _used;

        public void Take(int bytes)
        {
            _used += bytes;
            if (_used > limit)
            {
                throw ProblemException.TooLarge($"{what} is larger than {limit} bytes");
            }
        }
    }
}
