package io.lastmilehub.planning;

import io.lastmilehub.model.Plan;
import io.lastmilehub.model.Route;
import io.lastmilehub.planning.render.PlanSvg;
import io.lastmilehub.planning.travel.GreatCircleTravelTimes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static io.lastmilehub.planning.BerlinDay.WESTHAFEN;
import static org.assertj.core.api.Assertions.assertThat;

class PlanSvgTest {

    private static Plan plan;
    private static Document svg;

    @BeforeAll
    static void drawTheBerlinDay() throws Exception {
        plan = new PlanningEngine(new GreatCircleTravelTimes()).plan(BerlinDay.fiveOrdersTwoVans().build());
        String picture = PlanSvg.render(plan, WESTHAFEN);
        svg = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(picture.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void whenDrawingAPlan_itShouldDrawOneLinePerRouteFromTheDepotBackToTheDepot() {
        NodeList lines = svg.getElementsByTagName("polyline");
        assertThat(lines.getLength()).isEqualTo(plan.getRoutes().size());
        for (int i = 0; i < lines.getLength(); i++) {
            String[] points = ((Element) lines.item(i)).getAttribute("points").split(" ");
            assertThat(points[0]).isEqualTo(points[points.length - 1]);
            assertThat(points).hasSize(plan.getRoutes().get(i).getStops().size() + 2);
        }
    }

    @Test
    void whenDrawingAPlan_itShouldNumberEveryStopAndKeepItInsideThePicture() {
        int stops = plan.getRoutes().stream().mapToInt(r -> r.getStops().size()).sum();
        NodeList circles = svg.getElementsByTagName("circle");
        assertThat(circles.getLength()).isEqualTo(stops);
        double width = Double.parseDouble(svg.getDocumentElement().getAttribute("width"));
        for (int i = 0; i < circles.getLength(); i++) {
            double x = Double.parseDouble(((Element) circles.item(i)).getAttribute("cx"));
            assertThat(x).isBetween(0.0, width);
        }
    }

    @Test
    void whenDrawingAPlan_itShouldNameEveryVehicleInTheLegend() {
        String text = svg.getDocumentElement().getTextContent();
        for (Route route : plan.getRoutes()) {
            assertThat(text).contains(route.getVehicleId());
        }
        assertThat(text).contains(plan.getId());
    }
}
