package org.moralbase.base.ui;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A server-made chart with "Download SVG" and "Download PNG" under it; every chart of the app is one. The markup
 * is standalone ({@code base.Svg.open}: namespace, size, fonts, white background), so the SVG file is exactly what
 * the page shows. The PNG is drawn by the browser from the same markup on a canvas at twice the size: no server
 * renderer and no frontend bundle. Ids: the chart's own, then {@code <id>-svg} and {@code <id>-png}.
 */
public class SvgChart extends Div {

    private static final Logger log = LoggerFactory.getLogger(SvgChart.class);

    /**
     * $0 the SVG markup (empty: the markup the chart shows), $1 the file name; resolves to the PNG's size in bytes
     * once the download started.
     */
    static final String SAVE_PNG = """
            const svg = $0 || this.querySelector(':scope > .mb-chart-main svg').outerHTML, name = $1, scale = 2;
            const root = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
            const width = parseFloat(root.getAttribute('width')), height = parseFloat(root.getAttribute('height'));
            return new Promise((resolve, reject) => {
              const img = new Image();
              img.onload = () => {
                const canvas = document.createElement('canvas');
                canvas.width = Math.round(width * scale);
                canvas.height = Math.round(height * scale);
                const g = canvas.getContext('2d');
                g.fillStyle = '#fff';
                g.fillRect(0, 0, canvas.width, canvas.height);
                g.drawImage(img, 0, 0, canvas.width, canvas.height);
                canvas.toBlob(blob => {
                  const a = document.createElement('a');
                  a.href = URL.createObjectURL(blob);
                  a.download = name;
                  document.body.append(a);
                  a.click();
                  a.remove();
                  setTimeout(() => URL.revokeObjectURL(a.href), 60000);
                  resolve(blob.size);
                }, 'image/png');
              };
              img.onerror = () => reject('the chart could not be drawn');
              img.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(svg);
            });
            """;

    /** $0 the file name: the markup the chart shows, saved as a file by the browser. */
    static final String SAVE_SHOWN_SVG = """
            const svg = this.querySelector(':scope > .mb-chart-main svg').outerHTML;
            const a = document.createElement('a');
            a.href = URL.createObjectURL(new Blob([svg], {type: 'image/svg+xml'}));
            a.download = $0;
            document.body.append(a);
            a.click();
            a.remove();
            setTimeout(() => URL.revokeObjectURL(a.href), 60000);
            """;

    private final SvgView picture = new SvgView("");
    private final boolean kept;
    private SvgView narrowPicture; // only for charts with a phone layout
    private volatile String svg = "";

    /** A chart with English download labels; files are called {@code fileName.svg} and {@code fileName.png}. */
    public SvgChart(String id, String fileName) {
        this(id, fileName, "Download SVG", "Download PNG");
    }

    /** A chart with the download labels given (participant pages pass their translations). */
    public SvgChart(String id, String fileName, String svgLabel, String pngLabel) {
        this(id, fileName, svgLabel, pngLabel, true);
    }

    private SvgChart(String id, String fileName, String svgLabel, String pngLabel, boolean kept) {
        this.kept = kept;
        setId(id);
        addClassName("mb-chart");
        picture.addClassName("mb-chart-main");
        Component svgLink = kept
                ? new Anchor(
                        DownloadHandler.fromInputStream(event -> {
                            byte[] bytes = svg.getBytes(StandardCharsets.UTF_8);
                            return new DownloadResponse(
                                    new ByteArrayInputStream(bytes), fileName + ".svg", "image/svg+xml", bytes.length);
                        }),
                        svgLabel)
                : inlineButton(svgLabel, e -> getElement().executeJs(SAVE_SHOWN_SVG, fileName + ".svg"));
        svgLink.setId(id + "-svg");
        Button png = inlineButton(pngLabel, e -> getElement()
                .executeJs(SAVE_PNG, svg, fileName + ".png")
                .then(Double.class, size -> {}, error -> log.warn("PNG of chart {} failed: {}", id, error)));
        png.setId(id + "-png");
        Div downloads = new Div(svgLink, png);
        downloads.addClassName("mb-chart-downloads");
        add(picture, downloads);
    }

    /**
     * A chart drawn once and never redrawn, whose markup is sent to the browser and not kept in the session, e.g. a
     * participant's closing page (issue 16, decision 0045: a session there held 230 KB until it timed out, 160 KB
     * since). The downloads are made in the browser from the markup it shows.
     */
    public static SvgChart shownOnce(
            String id, String fileName, String svgLabel, String pngLabel, String svg, String narrowSvg) {
        SvgChart chart = new SvgChart(id, fileName, svgLabel, pngLabel, false);
        chart.picture.showOnce(svg);
        chart.narrow().showOnce(narrowSvg);
        return chart;
    }

    private static Button inlineButton(String label, ComponentEventListener<ClickEvent<Button>> onClick) {
        Button button = new Button(label, onClick);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        return button;
    }

    /** Shows new markup (from the server's own chart code, labels escaped) and offers it for download. */
    public void setSvg(String svg) {
        if (!kept) {
            throw new IllegalStateException("a chart shown once is not redrawn");
        }
        this.svg = svg;
        picture.setSvg(svg);
    }

    /**
     * Shows {@code svg} on wide screens and {@code narrowSvg} (the same chart laid out for a phone) on screens up to
     * 600 px wide (CSS: {@code .mb-chart-two}); the downloads offer the wide one.
     */
    public void setSvg(String svg, String narrowSvg) {
        setSvg(svg);
        narrow().setSvg(narrowSvg);
    }

    private SvgView narrow() {
        if (narrowPicture == null) {
            narrowPicture = new SvgView("");
            narrowPicture.addClassName("mb-chart-narrow");
            picture.addClassName("mb-chart-wide");
            addClassName("mb-chart-two");
            addComponentAtIndex(1, narrowPicture);
        }
        return narrowPicture;
    }

    /** The markup shown and offered (empty for a chart {@link #shownOnce shown once}). */
    public String getSvg() {
        return svg;
    }
}
