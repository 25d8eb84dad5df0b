package org.claimdesk.base;

import org.apache.catalina.Container;
import org.apache.catalina.Engine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Names this node in its session ids ({@code claimdesk.node-name}, env {@code CLAIMDESK_NODE_NAME}): Tomcat's
 * jvmRoute makes them end in {@code .node1}, so a reverse proxy sends every request of a session to the node
 * that holds it (deploy/nginx/claimdesk.conf). Vaadin keeps a screen's state in its node's memory and needs
 * that. Without a name (one node), session ids stay as they are.
 */
@Component
class NodeRoute implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final String nodeName;

    NodeRoute(@Value("${claimdesk.node-name:}") String nodeName) {
        if (!nodeName.isBlank() && !nodeName.matches("[A-Za-z0-9_-]+")) {
            throw new IllegalArgumentException("claimdesk.node-name may hold letters, digits, - and _ only: " + nodeName);
        }
        this.nodeName = nodeName;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        if (nodeName.isBlank()) {
            return;
        }
        factory.addContextCustomizers(context -> {
            Container c = context;
            while (c != null && !(c instanceof Engine)) {
                c = c.getParent();
            }
            if (c instanceof Engine engine) {
                engine.setJvmRoute(nodeName);
            }
        });
    }
}
