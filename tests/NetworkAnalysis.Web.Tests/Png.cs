using System.Buffers.Binary;
using System.IO.Compression;

namespace NetworkAnalysis.Web.Tests;

/// <summary>A small PNG decoder (8-bit RGB/RGBA, non-interlaced: what a canvas exports), to open an exported picture in a test.</summary>
internal sealed class Png
{
    private Png(int width, int height, byte[] rgba)
    {
        Width = width;
        Height = height;
        Rgba = rgba;
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>Pixels, 4 bytes each, row by row.</summary>
    public byte[] Rgba { get; }

    public static Png Decode(byte[] file)
    {
        ReadOnlySpan<byte> signature = [137, 80, 78, 71, 13, 10, 26, 10];
        file.AsSpan(0, 8).SequenceEqual(signature).Should().BeTrue("a PNG starts with the PNG signature");
        int width = 0, height = 0, channels = 0;
        using var idat = new MemoryStream();
        for (var at = 8; at < file.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(file.AsSpan(at));
            var type = System.Text.Encoding.ASCII.GetString(file, at + 4, 4);
            var data = file.AsSpan(at + 8, length);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                data[8].Should().Be(8, "8-bit samples");
                channels = data[9] switch { 6 => 4, 2 => 3, var other => throw new AssertionException($"PNG colour type {other} not handled") };
                data[12].Should().Be(0, "not interlaced");
            }
            else if (type == "IDAT")
            {
                idat.Write(data);
            }

            at += 12 + length;
        }

        idat.Position = 0;
        using var inflated = new MemoryStream();
        using (var z = new ZLibStream(idat, CompressionMode.Decompress))
        {
            z.CopyTo(inflated);
        }

        var raw = inflated.ToArray();
        var stride = width * channels;
        var pixels = new byte[stride * height];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            for (var x = 0; x < stride; x++)
            {
                int a = x >= channels ? pixels[(y * stride) + x - channels] : 0;
                int b = y > 0 ? pixels[((y - 1) * stride) + x] : 0;
                int c = x >= channels && y > 0 ? pixels[((y - 1) * stride) + x - channels] : 0;
                int value = raw[(y * (stride + 1)) + 1 + x];
                pixels[(y * stride) + x] = (byte)(filter switch
                {
                    0 => value,
                    1 => value + a,
                    2 => value + b,
                    3 => value + ((a + b) / 2),
                    4 => value + Paeth(a, b, c),
                    _ => throw new AssertionException($"PNG filter {filter}"),
                });
            }
        }

        var rgba = new byte[width * height * 4];
        for (var i = 0; i < width * height; i++)
        {
            for (var k = 0; k < 4; k++)
            {
                rgba[(i * 4) + k] = k < channels ? pixels[(i * channels) + k] : (byte)255;
            }
        }

        return new Png(width, height, rgba);
    }

    /// <summary>Distinct opaque colours and the share of pixels that are not white.</summary>
    public (int Colours, double NotWhite) Content()
    {
        var colours = new HashSet<int>();
        var notWhite = 0;
        for (var i = 0; i < Width * Height; i++)
        {
            int r = Rgba[i * 4], g = Rgba[(i * 4) + 1], b = Rgba[(i * 4) + 2];
            colours.Add((r << 16) | (g << 8) | b);
            if (r < 250 || g < 250 || b < 250)
            {
                notWhite++;
            }
        }

        return (colours.Count, notWhite / (double)(Width * Height));
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
