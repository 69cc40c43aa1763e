package org.smartcourt.documents.sealing;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import org.smartcourt.documents.rendering.BundledFont;

/**
 * Draws a court's round red seal: a ring, a five-pointed star in the middle, the court's name along the upper arc and a
 * caption (the signing time) below the star. Transparent outside the ink, so the text under it shows through.
 */
final class SealImage {

    static final int SIZE = 600;
    private static final Color INK = new Color(0xD4, 0x10, 0x1E, 225);
    private static final double CENTRE = SIZE / 2.0;
    /** The name runs over this many degrees of the ring, symmetric about the top. */
    private static final double NAME_SPAN_DEGREES = 250;

    private SealImage() {}

    static BufferedImage draw(String courtName, String caption) {
        var image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
        var g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(INK);
            g.setStroke(new BasicStroke(16f));
            g.draw(new Ellipse2D.Double(12, 12, SIZE - 24, SIZE - 24));
            g.fill(star(CENTRE, CENTRE, 92, 36));
            drawName(g, courtName);
            var captionFont = BundledFont.awtFont(36f);
            g.setFont(captionFont);
            var width = g.getFontMetrics().stringWidth(caption);
            g.drawString(caption, (float) (CENTRE - width / 2.0), (float) (CENTRE + 150));
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void drawName(java.awt.Graphics2D g, String courtName) {
        var characters = courtName.codePoints().mapToObj(Character::toString).toList();
        var count = characters.size();
        var radius = 218.0;
        var step = count > 1 ? NAME_SPAN_DEGREES / (count - 1) : 0;
        var arcPerCharacter = Math.toRadians(count > 1 ? step : NAME_SPAN_DEGREES) * radius;
        var fontSize = (float) Math.min(84, arcPerCharacter * 0.92);
        g.setFont(BundledFont.awtFont(fontSize));
        var metrics = g.getFontMetrics();
        var start = count > 1 ? -NAME_SPAN_DEGREES / 2 : 0;
        for (var i = 0; i < count; i++) {
            var angle = Math.toRadians(start + i * step);
            var saved = g.getTransform();
            var placement = new AffineTransform(saved);
            placement.translate(CENTRE + radius * Math.sin(angle), CENTRE - radius * Math.cos(angle));
            placement.rotate(angle);
            g.setTransform(placement);
            var character = characters.get(i);
            // Baseline inward of the arc point, so the glyph's top touches the ring.
            g.drawString(character, -metrics.stringWidth(character) / 2f, fontSize * 0.80f);
            g.setTransform(saved);
        }
    }

    private static Path2D star(double x, double y, double outer, double inner) {
        var path = new Path2D.Double();
        for (var i = 0; i < 10; i++) {
            var radius = i % 2 == 0 ? outer : inner;
            var angle = Math.toRadians(-90 + i * 36);
            var px = x + radius * Math.cos(angle);
            var py = y + radius * Math.sin(angle);
            if (i == 0) {
                path.moveTo(px, py);
            } else {
                path.lineTo(px, py);
            }
        }
        path.closePath();
        return path;
    }
}
